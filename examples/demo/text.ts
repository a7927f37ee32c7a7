/** The demo page's own words, in English and French; the question follows the reader's locale. */
export interface PageText {
  lang: string;
  title: string;
  byline: string;
  article: string[];
  comments: string;
  noComments: string;
  leaveComment: string;
  name: string;
  comment: string;
  prompt: string;
  publish: string;
  cachedNote: string;
  missingComment: string;
  honeypot: string;
  /** The answer to a reader who sent too many requests (429). */
  tooMany: string;
  /** The answer to a post whose body could not be read (too large, or not a form). */
  unreadable: string;
}

const FRENCH: PageText = {
  lang: 'fr',
  title: 'Des sommes en toutes lettres contre les robots',
  byline: 'Un billet de démonstration de calcha',
  article: [
    'Les robots qui déposent du spam dans les commentaires remplissent tous les champs qu’ils trouvent. Ils ne savent pas que « 15 − quatorze » est une question.',
    'Ce formulaire vous demande une petite somme. Répondez en chiffres ou en lettres : « 1 », « un », « Un ! » conviennent. Si vous vous trompez, votre commentaire vous revient intact avec une nouvelle question.',
  ],
  comments: 'Commentaires',
  noComments: 'Pas encore de commentaire. Soyez le premier !',
  leaveComment: 'Laisser un commentaire',
  name: 'Votre nom',
  comment: 'Votre commentaire',
  prompt: 'Question anti-spam :',
  publish: 'Publier',
  cachedNote: 'Cette page vient d’un cache ; la question est chargée pour vous seul.',
  missingComment: 'Écrivez votre nom et votre commentaire.',
  honeypot: 'Laissez ce champ vide',
  tooMany: 'Trop de demandes depuis votre adresse. Réessayez dans quelques minutes.',
  unreadable: 'Votre envoi n’a pas pu être lu (trop long, ou pas un formulaire). Réessayez.',
};

const ENGLISH: PageText = {
  lang: 'en',
  title: 'Sums in words against spam bots',
  byline: 'A calcha demo post',
  article: [
    'The bots that spam comment forms fill in every field they find. They do not know that “15 − fourteen” is a question.',
    'This form asks you a small sum. Answer in digits or in words: “1”, “one” and “One!” all work. If you get it wrong, your comment comes back intact with a new question.',
  ],
  comments: 'Comments',
  noComments: 'No comments yet. Be the first!',
  leaveComment: 'Leave a comment',
  name: 'Your name',
  comment: 'Your comment',
  prompt: 'Anti-spam question:',
  publish: 'Publish',
  cachedNote: 'This page came from a cache; the question is loaded for you alone.',
  missingComment: 'Please write your name and your comment.',
  honeypot: 'Leave this field empty',
  tooMany: 'Too many requests from your address. Please try again in a few minutes.',
  unreadable: 'Your post could not be read (too long, or not a form). Please try again.',
};

/** The page's words for a locale: French for French, English for everyone else. */
export function pageText(locale: string): PageText {
  return locale.startsWith('fr') ? FRENCH : ENGLISH;
}

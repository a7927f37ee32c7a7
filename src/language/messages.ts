import type { FormRefusalReason } from '../types.js';

/** Messages for a person, one per reason. */
export type RefusalMessages = Readonly<Record<FormRefusalReason, string>>;

const ENGLISH: RefusalMessages = {
  malformed: 'The anti-spam question did not come back intact. Please answer the new question.',
  'bad-signature':
    'This anti-spam question was not made for this form. Please answer the new question.',
  expired: 'The anti-spam question expired. Please answer the new question.',
  'too-soon':
    'That was sent faster than anyone can type. Please answer the question and send again.',
  replayed: 'This form was already sent once. Please answer the new question.',
  'wrong-answer': 'That answer is not right. Please answer the new question; your comment is kept.',
  'store-error': 'Your answer could not be checked just now. Please send again in a moment.',
  honeypot: 'Your browser filled in a field meant to stay empty. Please send again.',
  'missing-field': 'Please answer the anti-spam question.',
};

/** Built-in messages by language subtag; other languages fall back to English. */
const BUILT_IN: Readonly<Record<string, RefusalMessages>> = {
  en: ENGLISH,
  fr: {
    malformed: "La question anti-spam n'est pas revenue intacte. Répondez à la nouvelle question.",
    'bad-signature':
      "Cette question anti-spam n'a pas été faite pour ce formulaire. Répondez à la nouvelle question.",
    expired: 'La question anti-spam a expiré. Répondez à la nouvelle question.',
    'too-soon':
      'Envoyé plus vite que quiconque ne peut taper. Répondez à la question et envoyez à nouveau.',
    replayed: 'Ce formulaire a déjà été envoyé. Répondez à la nouvelle question.',
    'wrong-answer':
      "Ce n'est pas la bonne réponse. Répondez à la nouvelle question ; votre commentaire est conservé.",
    'store-error':
      "Votre réponse n'a pas pu être vérifiée pour l'instant. Envoyez à nouveau dans un moment.",
    honeypot: 'Votre navigateur a rempli un champ qui doit rester vide. Envoyez à nouveau.',
    'missing-field': 'Répondez à la question anti-spam, s’il vous plaît.',
  },
  de: {
    malformed:
      'Die Anti-Spam-Frage kam nicht vollständig zurück. Bitte beantworten Sie die neue Frage.',
    'bad-signature':
      'Diese Anti-Spam-Frage gehört nicht zu diesem Formular. Bitte beantworten Sie die neue Frage.',
    expired: 'Die Anti-Spam-Frage ist abgelaufen. Bitte beantworten Sie die neue Frage.',
    'too-soon':
      'Das war schneller, als jemand tippen kann. Bitte beantworten Sie die Frage und senden Sie erneut.',
    replayed: 'Dieses Formular wurde schon einmal gesendet. Bitte beantworten Sie die neue Frage.',
    'wrong-answer':
      'Die Antwort stimmt nicht. Bitte beantworten Sie die neue Frage; Ihr Kommentar bleibt erhalten.',
    'store-error':
      'Ihre Antwort konnte gerade nicht geprüft werden. Bitte senden Sie gleich noch einmal.',
    honeypot:
      'Ihr Browser hat ein Feld ausgefüllt, das leer bleiben muss. Bitte senden Sie erneut.',
    'missing-field': 'Bitte beantworten Sie die Anti-Spam-Frage.',
  },
  es: {
    malformed: 'La pregunta antispam no volvió intacta. Responda a la nueva pregunta.',
    'bad-signature':
      'Esta pregunta antispam no es de este formulario. Responda a la nueva pregunta.',
    expired: 'La pregunta antispam ha caducado. Responda a la nueva pregunta.',
    'too-soon':
      'Se envió más rápido de lo que nadie puede escribir. Responda a la pregunta y envíe de nuevo.',
    replayed: 'Este formulario ya se envió una vez. Responda a la nueva pregunta.',
    'wrong-answer':
      'La respuesta no es correcta. Responda a la nueva pregunta; su comentario se conserva.',
    'store-error': 'No se pudo comprobar su respuesta ahora. Envíe de nuevo en un momento.',
    honeypot: 'Su navegador rellenó un campo que debe quedar vacío. Envíe de nuevo.',
    'missing-field': 'Responda a la pregunta antispam, por favor.',
  },
};

/**
 * A message a person can read for a refusal, in the language of `locale`
 * (built in: English, French, German, Spanish; others get English).
 * Pass `messages` to use your own wording or language for some or all reasons.
 *
 * @example
 * ```ts
 * import { describeRefusal } from 'calcha';
 * describeRefusal('wrong-answer', 'fr-FR');
 * // "Ce n'est pas la bonne réponse. Répondez à la nouvelle question ; …"
 * describeRefusal('expired', 'it-IT', { expired: 'La domanda è scaduta.' });
 * // "La domanda è scaduta."
 * ```
 */
export function describeRefusal(
  reason: FormRefusalReason,
  locale = 'en',
  messages: Partial<RefusalMessages> = {},
): string {
  const language = String(locale).split('-')[0]?.toLowerCase() ?? 'en';
  return messages[reason] ?? (BUILT_IN[language] ?? ENGLISH)[reason];
}

/** The demo's one page: a blog post, its comments and the comment form. */
import type { Comment } from './comments.ts';
import type { PageText } from './text.ts';

export interface PageModel {
  text: PageText;
  comments: Comment[];
  /** The calcha fragment from renderHtml. */
  captchaHtml: string;
  /** A refusal message for the reader, shown in a role="alert" element. */
  error?: string;
  /** What the reader typed, given back exactly when a post is refused. */
  values?: { name: string; comment: string };
  /** Which page the form was on, so a published comment returns there. */
  from: '/' | '/cached';
  /** Says that the page came from a cache (the cached-page variant). */
  cachedNote?: boolean;
}

/**
 * The form posts to `/comments#comment-form`: a refused post answers with the page
 * at that URL, so the browser shows the error and the form, not the top of the page.
 */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function renderComment(comment: Comment): string {
  return `<li id="comment-${comment.id}" class="comment"><p class="comment-author">${escapeHtml(comment.name)}</p><p class="comment-text">${escapeHtml(comment.text)}</p></li>`;
}

export function renderPage(model: PageModel): string {
  const { text, comments, captchaHtml, error, values, from, cachedNote = false } = model;
  const list =
    comments.length === 0
      ? `<p class="empty">${escapeHtml(text.noComments)}</p>`
      : `<ol class="comments">${comments.map(renderComment).join('')}</ol>`;
  return `<!doctype html>
<html lang="${text.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/style.css">
<link rel="stylesheet" href="/calcha.css">
<script type="module" src="/calcha/browser.js"></script>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(text.title)}</h1>
<p class="byline">${escapeHtml(text.byline)}</p>
${text.article.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<section aria-labelledby="comments-title">
<h2 id="comments-title">${escapeHtml(text.comments)}</h2>
${list}
</section>
<section id="comment-form" aria-labelledby="form-title">
<h2 id="form-title">${escapeHtml(text.leaveComment)}</h2>
${cachedNote ? `<p class="note">${escapeHtml(text.cachedNote)}</p>` : ''}
<form method="post" action="/comments#comment-form" class="comment-form">
<div id="form-error" class="error" role="alert">${error === undefined ? '' : escapeHtml(error)}</div>
<p><label for="name">${escapeHtml(text.name)}</label>
<input id="name" name="name" type="text" required maxlength="80" autocomplete="name" value="${escapeHtml(values?.name ?? '')}"></p>
<p><label for="comment">${escapeHtml(text.comment)}</label>
<textarea id="comment" name="comment" required maxlength="5000" rows="6">${escapeHtml(values?.comment ?? '')}</textarea></p>
<input type="hidden" name="from" value="${from}">
<div class="captcha-row">${captchaHtml}</div>
<p><button type="submit">${escapeHtml(text.publish)}</button></p>
</form>
</section>
</main>
</body>
</html>
`;
}

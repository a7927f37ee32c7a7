/** The demo's comments, kept in a JSON file so they survive a restart. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Comment {
  id: number;
  name: string;
  text: string;
  postedAt: string;
}

export interface CommentStore {
  list(): Comment[];
  add(name: string, text: string): Comment;
}

function load(file: string): Comment[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Comment[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export function fileCommentStore(file: string): CommentStore {
  const comments = load(file);
  return {
    list: () => comments,
    add(name, text) {
      const comment = { id: comments.length + 1, name, text, postedAt: new Date().toISOString() };
      comments.push(comment);
      // Write a new file, then rename: a crash never leaves half a file.
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(comments, null, 2));
      renameSync(`${file}.tmp`, file);
      return comment;
    },
  };
}

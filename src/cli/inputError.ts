/** A file the user gave us that cannot be used (a broken capture, an unreadable listing). */
export class InputError extends Error {}

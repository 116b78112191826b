/** A database URL fit for messages and logs: the password replaced by `***`. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not a URL we can read: say nothing of it rather than risk echoing a secret.
    return 'the DATABASE_URL';
  }
}

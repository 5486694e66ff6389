// Credentials out of any text that is printed, stored or reported: URLs with
// `user:password@` (a raw `@` or `/` in the password included), scp-style
// `user:password@host:path`, and secret query parameters (`?token=`,
// `access_token=`, `password=`, ...). One function, used by every place that
// shows a URL or an error that may quote one (git's stderr, notes, links).
// https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1

/** What a secret query value becomes. */
export const SECRET_MASK = '***';

/** `scheme://` and the rest of the token, up to white space or the next `scheme://`. */
const SCHEME_TOKEN = /([A-Za-z][A-Za-z0-9+.-]*:\/\/)(\S*?)(?=\s|$|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/g;
/** scp-style `user:password@host:…` at the start of a token or path segment; `mailto:` is an address, not a login. */
const SCP_USERINFO = /(^|[\s'"(<=,;[/])(?!mailto:)[^\s'"<>`@/:]+:(?!\/\/)\S*@(?=[A-Za-z0-9[])/gi;
/** A query or fragment parameter whose name says it holds a secret. */
const SECRET_PARAM = /([?&;#][\w.-]*(?:token|passw(?:or)?d|pwd|secret|api[_-]?key|apikey|key|sig|signature|auth|credential|session)[\w.-]*=)[^&#;\s'"<>`]*/gi;

/** The URL's rest after `scheme://` without its userinfo. */
function stripUserinfo(rest: string): string {
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  if (at !== -1) return rest.slice(at + 1);
  // `user:pa/ss@host`: a colon that is not a port, then an `@` further on.
  const colon = authority.indexOf(':');
  if (colon !== -1 && !/^\d*$/.test(authority.slice(colon + 1))) {
    const next = rest.indexOf('@', colon);
    if (next !== -1) return rest.slice(next + 1);
  }
  return rest;
}

/** `text` with every credential in a URL removed and every secret query value masked. */
export function redactSecrets(text: string): string {
  return text
    .replace(SCHEME_TOKEN, (_, scheme: string, rest: string) => scheme + stripUserinfo(rest))
    .replace(SCP_USERINFO, '$1')
    .replace(SECRET_PARAM, `$1${SECRET_MASK}`);
}

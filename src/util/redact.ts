// Credentials out of any text that is printed, stored or reported: URLs with
// `user:password@` (a raw `@` or `/` in the password included), scp-style
// `user:password@host:path`, and secret query parameters (`?token=`,
// `access_token=`, `password=`, ...). One function, used by every place that
// shows a URL or an error that may quote one (git's stderr, notes, links).
// https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1

/** What a secret query value becomes. */
export const SECRET_MASK = '***';

// Every quantifier that can meet a long run of text is bounded, so the time is
// linear in the text's length (a megabyte of letters takes milliseconds).
/** `scheme://` and the rest of the token, up to white space or the next `scheme://`. */
const SCHEME_TOKEN = /([A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/)(\S*?)(?=\s|$|[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/)/g;
/** scp-style `user:password@host:…` at the start of a token or path segment; `mailto:` is an address, not a login. */
const SCP_USERINFO = /(^|[\s'"(<=,;[/])(?!mailto:)[^\s'"<>`@/:]{1,256}:(?!\/\/)\S{0,256}@(?=[A-Za-z0-9[])/gi;
/** A query or fragment parameter whose name says it holds a secret. */
const SECRET_PARAM = /([?&;#][\w.-]{0,64}(?:token|passw(?:or)?d|pwd|secret|api[_-]?key|apikey|key|sig|signature|auth|credential|session)[\w.-]{0,64}=)[^&#;\s'"<>`]*/gi;

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
  let out = text;
  // Each pattern only where its anchor occurs: most messages hold no URL at all.
  if (out.includes('://')) out = out.replace(SCHEME_TOKEN, (_, scheme: string, rest: string) => scheme + stripUserinfo(rest));
  if (out.includes('@')) out = out.replace(SCP_USERINFO, '$1');
  if (out.includes('=')) out = out.replace(SECRET_PARAM, `$1${SECRET_MASK}`);
  return out;
}

// A configuration file that says nothing: empty, or only whitespace and
// comments (an empty YAML document, `{}` in JSON). Such a file configures or
// describes nothing, whatever its name (signals.md: "an empty file does not
// count"); the detectors that count files by name ask `FileFacts.blank`.
// Comment syntax by file type: HCL (Terraform, Terragrunt, Nomad, Bicep) has
// `#`, `//` and `/* */` (https://developer.hashicorp.com/terraform/language/syntax/configuration#comments);
// YAML `#` and the document markers `---` / `...`, and Helm templates
// `{{/* */}}` (https://helm.sh/docs/chart_best_practices/templates/#comments-yaml-comments-vs-template-comments);
// TOML `#`; JSON has none, and an empty object, list or `null` holds nothing.

type Syntax = 'hcl' | 'yaml' | 'toml' | 'json';

interface BlockComment {
  open: RegExp;
  close: RegExp;
}

const SYNTAX: readonly { match: RegExp; syntax: Syntax }[] = [
  { match: /\.(tf|hcl|nomad|bicep)$/i, syntax: 'hcl' },
  { match: /\.json$/i, syntax: 'json' },
  // Elastic Beanstalk's `.ebextensions/*.config` files are YAML.
  { match: /\.(ya?ml|tpl)$|(^|\/)\.ebextensions\/[^/]+\.config$/i, syntax: 'yaml' },
  { match: /\.toml$/i, syntax: 'toml' },
];

const LINE_COMMENT: Record<Exclude<Syntax, 'json'>, RegExp> = {
  hcl: /^(#|\/\/)/,
  yaml: /^(#|(---|\.\.\.)(\s+#.*)?\s*$)/,
  toml: /^#/,
};

const BLOCK_COMMENT: Partial<Record<Syntax, BlockComment>> = {
  hcl: { open: /^\/\*/, close: /\*\// },
  yaml: { open: /^\{\{-?\s*\/\*/, close: /\*\/\s*-?\}\}/ },
};

/** True when a file of a type this module knows holds nothing but whitespace and comments. */
export function isBlank(text: string, path: string): boolean {
  const syntax = SYNTAX.find((s) => s.match.test(path))?.syntax;
  if (syntax === undefined) return false;
  if (syntax === 'json') return /^\s*(\{\s*\}|\[\s*\]|null)?\s*$/.test(text);
  const comment = LINE_COMMENT[syntax];
  const block = BLOCK_COMMENT[syntax];
  let inBlock = false;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    let rest = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length + 1 : end + 1;
    for (;;) {
      if (inBlock && block) {
        const close = block.close.exec(rest);
        if (!close) break;
        rest = rest.slice(close.index + close[0].length);
        inBlock = false;
        continue;
      }
      rest = rest.trimStart();
      if (rest === '' || comment.test(rest)) break;
      const open = block?.open.exec(rest);
      if (!open) return false;
      rest = rest.slice(open[0].length);
      inBlock = true;
    }
  }
  return true;
}

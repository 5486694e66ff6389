import { describe, expect, it } from 'vitest';
import { scanShell, shellSegments } from './shell-lex.js';

const words = (script: string): string[][] => shellSegments(script).map((s) => s.words);

describe('parse/shell-lex', () => {
  it('splits at operators outside quotes only, and takes quotes off the words', () => {
    expect(words('echo "cd src && pytest && ruff check ." && npm test')).toEqual([['echo', 'cd src && pytest && ruff check .'], ['npm', 'test']]);
    expect(words("printf '%s; %s' a b; make lint | tee log")).toEqual([['printf', '%s; %s', 'a', 'b'], ['make', 'lint'], ['tee', 'log']]);
    expect(words('echo npm test \\&\\& npm run lint')).toEqual([['echo', 'npm', 'test', '&&', 'npm', 'run', 'lint']]);
  });

  it('keeps substitutions, GitHub expressions and redirections inside their words', () => {
    expect(words('V=$(git describe && echo x) pytest 2>&1 &>/dev/null')).toEqual([['V=$(git describe && echo x)', 'pytest', '2>&1', '&>/dev/null']]);
    expect(words("python train.py ${{ github.event_name == 'push' && '--full' || '' }}")).toEqual([['python', 'train.py', "${{ github.event_name == 'push' && '--full' || '' }}"]]);
    expect(words('echo $((1<<2)); cat <<< "$X"; grep x <<< EOF\npytest')).toEqual([['echo', '$((1<<2))'], ['cat', '<<<', '$X'], ['grep', 'x', '<<<', 'EOF'], ['pytest']]);
  });

  it('drops comments, and gives a heredoc body to the command that reads it, never as commands', () => {
    const segments = shellSegments('# pytest\ncat > Makefile <<-\'EOF\'\n\ttest:\n\t\tpytest && ruff check .\n\tEOF\npython - <<PY | tee out\nm.fit(X, y)\nPY\nmake test # runs pytest');

    expect(segments.map((s) => [s.words.join(' '), s.line, s.input])).toEqual([
      ['cat > Makefile <<-\'EOF\'', 1, '\ttest:\n\t\tpytest && ruff check .'],
      ['python - <<PY', 5, 'm.fit(X, y)'],
      ['tee out', 5, undefined],
      ['make test', 8, undefined],
    ]);
  });

  it('joins continuations and quotes that run over lines into one logical line, at its first line', () => {
    const { lines } = scanShell('pytest \\\n  -x\necho "line one\nruff check ."\ncat <<EOF\nmypy src\nEOF\nls');

    expect(lines.map((l) => [l.text, l.line, l.input])).toEqual([
      ['pytest  -x', 0, []],
      ['echo "line one\nruff check ."', 2, []],
      ['cat <<EOF', 4, ['mypy src\nEOF']],
      ['ls', 7, []],
    ]);
  });

  it('never throws on unclosed quotes, groups or heredocs', () => {
    expect(words('echo "open && pytest')).toEqual([['echo', 'open && pytest']]);
    expect(words("echo 'open")).toEqual([['echo', 'open']]);
    expect(words('x=$(pytest')).toEqual([['x=$(pytest']]);
    expect(shellSegments('cat <<EOF\npytest').map((s) => [s.words, s.input])).toEqual([[['cat', '<<EOF'], 'pytest']]);
    expect(words('\\')).toEqual([['']]);
  });
});

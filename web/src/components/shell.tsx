// The frame around signed-in pages: a skip link, the product name, the
// navigation for the user's role (a menu button on phones), and who is signed in.
import { useEffect, useState, type ReactNode } from 'react';
import { USER_ROLES } from '../labels.js';
import { Link, useLocation } from '../router.js';
import { useSession, useUser } from '../session.js';

interface NavItem {
  to: string;
  label: string;
  /** Paths that count as this section. */
  prefix: string[];
}

function navFor(role: string): NavItem[] {
  if (role === 'interviewer') return [{ to: '/interviews', label: 'My interviews', prefix: ['/interviews', '/candidates'] }];
  const items: NavItem[] = [
    { to: '/candidates', label: 'Candidates', prefix: ['/candidates'] },
    { to: '/roles', label: 'Roles', prefix: ['/roles'] },
    { to: '/interviews', label: 'My interviews', prefix: ['/interviews'] },
  ];
  if (role === 'admin') items.push({ to: '/users', label: 'Users', prefix: ['/users'] }, { to: '/audit', label: 'Audit log', prefix: ['/audit'] });
  return items;
}

export function Shell({ children }: { children: ReactNode }) {
  const user = useUser();
  const { signOut } = useSession();
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  const items = navFor(user.role);
  const current = items.find((i) => i.prefix.some((p) => path === p || path.startsWith(`${p}/`)));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            E
          </span>
          <span className="brand-name">Evident</span>
        </Link>
        <button type="button" className="menu-button" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen(!open)}>
          Menu
        </button>
        <nav id="main-nav" className={`main-nav${open ? ' open' : ''}`} aria-label="Main">
          <ul>
            {items.map((i) => (
              <li key={i.to}>
                <Link to={i.to} aria-current={current === i ? 'page' : undefined}>
                  {i.label}
                </Link>
              </li>
            ))}
          </ul>
          <div className="whoami">
            <span className="whoami-name">{user.name || user.email}</span>
            <span className="whoami-role">{USER_ROLES[user.role]}</span>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </nav>
      </header>
      <main id="main" className="content">
        {children}
      </main>
    </div>
  );
}

/** Pages without the navigation (sign-in, invitation): a centred panel. */
export function Plain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="plain">
      <div className="plain-brand">
        <span className="brand-mark" aria-hidden="true">
          E
        </span>
        <span className="brand-name">Evident</span>
      </div>
      <div className="plain-panel">{children}</div>
      <p className="plain-foot">Hiring on evidence, not keywords.</p>
    </main>
  );
}

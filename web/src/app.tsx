// The pages and who may open them. Signed-out visitors see only sign-in and
// the invitation page; interviewers see their interviews and the candidates
// assigned to them; staff see everything else; admins also manage users.
import { useEffect, type ReactNode } from 'react';
import { Shell } from './components/shell.js';
import { Empty, Loading } from './components/ui.js';
import { AuditPage } from './pages/audit.js';
import { CandidatePage, type CandidateTab } from './pages/candidate.js';
import { CandidatesPage } from './pages/candidates.js';
import { InvitePage } from './pages/invite.js';
import { MyInterviewsPage } from './pages/my-interviews.js';
import { RoleCandidatesPage } from './pages/role-candidates.js';
import { RoleEditPage } from './pages/role-edit.js';
import { RoleNewPage } from './pages/role-new.js';
import { RolesPage } from './pages/roles.js';
import { SignInPage } from './pages/sign-in.js';
import { UsersPage } from './pages/users.js';
import { match, navigate, useFocusOnNavigate, useLocation } from './router.js';
import { isStaff, useSession } from './session.js';
import type { User } from './types.js';

type Access = 'any' | 'staff' | 'admin';
interface Route {
  pattern: string;
  access: Access;
  render: (params: Record<string, string>) => ReactNode;
}

const candidateTab = (tab: CandidateTab) => (p: Record<string, string>) => <CandidatePage id={p.id} tab={tab} />;

const ROUTES: Route[] = [
  { pattern: '/candidates', access: 'staff', render: () => <CandidatesPage /> },
  { pattern: '/candidates/:id', access: 'any', render: candidateTab('overview') },
  { pattern: '/candidates/:id/report', access: 'any', render: candidateTab('report') },
  { pattern: '/candidates/:id/interviews', access: 'staff', render: candidateTab('interviews') },
  { pattern: '/candidates/:id/scorecard', access: 'any', render: candidateTab('scorecard') },
  { pattern: '/candidates/:id/decision', access: 'any', render: candidateTab('decision') },
  { pattern: '/roles', access: 'staff', render: () => <RolesPage /> },
  { pattern: '/roles/new', access: 'staff', render: () => <RoleNewPage /> },
  { pattern: '/roles/:id', access: 'staff', render: (p) => <RoleEditPage id={p.id} /> },
  { pattern: '/roles/:id/candidates', access: 'staff', render: (p) => <RoleCandidatesPage id={p.id} /> },
  { pattern: '/interviews', access: 'any', render: () => <MyInterviewsPage /> },
  { pattern: '/users', access: 'admin', render: () => <UsersPage /> },
  { pattern: '/audit', access: 'admin', render: () => <AuditPage /> },
];

const allowed = (user: User, access: Access) => access === 'any' || (access === 'staff' ? isStaff(user) : user.role === 'admin');
const homeOf = (user: User) => (isStaff(user) ? '/candidates' : '/interviews');

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export function App() {
  const { user, error } = useSession();
  const { path } = useLocation();
  useFocusOnNavigate(path);

  const invite = match('/invite/:token', path);
  if (invite) return <InvitePage token={invite.token} />;
  if (user === undefined) return <Loading label="Starting Evident" />;
  if (user === null) {
    if (path !== '/sign-in') return <Redirect to={`/sign-in${path !== '/' ? `?next=${encodeURIComponent(path)}` : ''}`} />;
    return <SignInPage startupError={error} />;
  }
  if (path === '/' || path === '/sign-in') return <Redirect to={homeOf(user)} />;

  for (const route of ROUTES) {
    const params = match(route.pattern, path);
    if (!params) continue;
    if (!allowed(user, route.access)) break;
    return <Shell>{route.render(params)}</Shell>;
  }
  return (
    <Shell>
      <h1 className="visually-hidden">Page not found</h1>
      <Empty title="There is nothing here">
        The page does not exist, or your account cannot open it. <a href={homeOf(user)}>Go to the start page</a>.
      </Empty>
    </Shell>
  );
}

import { lazy, Suspense } from 'react';
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { useSession } from './auth/AuthContext';
import { Loading } from './components/Status';
import { HomePage } from './pages/HomePage';
import { OverviewPage } from './pages/OverviewPage';

// The overview is the first screen and comes in the main bundle; every other page loads when first opened.
const SegmentPage = lazy(() => import('./pages/SegmentPage'));
const SegmentationsPage = lazy(() => import('./pages/SegmentationsPage'));
const RunsPage = lazy(() => import('./pages/RunsPage'));
const RunPage = lazy(() => import('./pages/RunPage'));
const ComparePage = lazy(() => import('./pages/ComparePage'));
const CustomerPage = lazy(() => import('./pages/CustomerPage'));
const SurveysPage = lazy(() => import('./pages/SurveysPage'));

export function App() {
  const session = useSession();
  return (
    <div className="app">
      <a className="skip" href="#main">Skip to content</a>
      <header className="topbar">
        <NavLink to="/" className="brand">Motiv Studio</NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>Overview</NavLink>
          <NavLink to="/segmentations">Segmentations</NavLink>
          <NavLink to="/customers">Customers</NavLink>
          <NavLink to="/surveys">Surveys</NavLink>
        </nav>
        <div className="user" data-testid="user">
          <span>{session.userName}</span>
          <span className="role" data-testid="user-role">{session.role ?? 'no role'}</span>
          <button type="button" onClick={session.signOut}>Sign out</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/segmentations" element={<SegmentationsPage />} />
            <Route path="/segmentations/:segmentationId" element={<OverviewPage />} />
            <Route path="/segmentations/:segmentationId/runs" element={<RunsPage />} />
            <Route path="/runs/:runId" element={<RunPage />} />
            <Route path="/compare" element={<ComparePage />} />
            <Route path="/segments/:segmentId" element={<SegmentPage />} />
            <Route path="/customers" element={<CustomerPage />} />
            <Route path="/customers/:customerId" element={<CustomerPage />} />
            <Route path="/surveys" element={<SurveysPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </main>
    </div>
  );
}

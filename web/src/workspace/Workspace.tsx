import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../app/session.tsx';
import { Loading } from '../ui/parts.tsx';
import { AgreementEditor } from './AgreementEditor.tsx';
import { AgreementForm } from './AgreementForm.tsx';
import { AgreementsImport } from './AgreementsImport.tsx';
import { BodyGovernancePage } from './BodyGovernancePage.tsx';
import { ImportReviews } from './ImportReviews.tsx';
import { MeetingPage } from './MeetingPage.tsx';
import { NetworkBodies, NetworkMembers } from './NetworkManagement.tsx';
import { OrganizationForm } from './OrganizationForm.tsx';
import { PersonForm, PersonPage } from './PersonForm.tsx';
import { PressArticleReview } from './PressArticleReview.tsx';
import { PressArticles } from './PressArticles.tsx';
import { WorkspaceHome } from './WorkspaceHome.tsx';

const TwoFactor = lazy(() => import('../account/TwoFactor.tsx'));

export default function Workspace() {
  const { user, checked } = useSession();
  if (!checked) return <Loading />;
  if (!user) return <Navigate to="/sign-in" replace />;
  return (
    <Routes>
      <Route index element={<WorkspaceHome />} />
      <Route path="agreements/new" element={<AgreementForm />} />
      <Route path="agreements/:id" element={<AgreementEditor />} />
      <Route path="organizations/new" element={<OrganizationForm />} />
      <Route path="organizations/:id" element={<OrganizationForm />} />
      <Route path="people/new" element={<PersonForm />} />
      <Route path="people/:id" element={<PersonPage />} />
      <Route path="two-factor" element={<TwoFactor />} />
      <Route path="import" element={<AgreementsImport />} />
      <Route path="import-reviews" element={<ImportReviews />} />
      <Route path="press" element={<PressArticles />} />
      <Route path="press/:sourceId" element={<PressArticleReview />} />
      <Route path="networks/:id/members" element={<NetworkMembers />} />
      <Route path="networks/:id/bodies" element={<NetworkBodies />} />
      <Route path="meetings/:id" element={<MeetingPage />} />
      <Route path="bodies/:id" element={<BodyGovernancePage />} />
    </Routes>
  );
}

import { type ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Home } from '../portal/Home.tsx';
import { NotFound } from '../portal/NotFound.tsx';
import { Loading } from '../ui/parts.tsx';
import { UsableOnceInteractive } from './interactive.tsx';
import { Layout } from './Layout.tsx';

// Each page is loaded when first opened, the home page excepted: a reader's first page downloads
// and runs its own code only, which a phone feels most.
const page = <Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const AgreementList = page(() => import('../portal/AgreementList.tsx'), 'AgreementList');
const AgreementPage = page(() => import('../portal/AgreementPage.tsx'), 'AgreementPage');
const OrganizationPage = page(() => import('../portal/OrganizationPage.tsx'), 'OrganizationPage');
const NetworkList = page(() => import('../portal/NetworkList.tsx'), 'NetworkList');
const NetworkPage = page(() => import('../portal/NetworkPage.tsx'), 'NetworkPage');
const PersonPage = page(() => import('../portal/PersonPage.tsx'), 'PersonPage');
const EventPage = page(() => import('../portal/EventPage.tsx'), 'EventPage');
const MeetingRecord = page(() => import('../portal/MeetingRecord.tsx'), 'MeetingRecord');
const PartnerSuggestionsPage = page(() => import('../portal/Partners.tsx'), 'PartnerSuggestionsPage');
const PartnerBoard = page(() => import('../portal/Partners.tsx'), 'PartnerBoard');
const MapPage = lazy(() => import('../map/MapPage.tsx'));
const SignIn = lazy(() => import('../workspace/SignIn.tsx'));
const SignUp = lazy(() => import('../account/SignUp.tsx'));
const ForgotPassword = lazy(() => import('../account/ForgotPassword.tsx'));
const ResetPassword = lazy(() => import('../account/ResetPassword.tsx'));
const ConfirmEmail = lazy(() => import('../account/ConfirmEmail.tsx'));
const Workspace = lazy(() => import('../workspace/Workspace.tsx'));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <UsableOnceInteractive>
          <Routes>
            <Route path="/" element={<Home />} />
            <Route path="/agreements" element={<AgreementList />} />
            <Route path="/agreements/:id" element={<AgreementPage />} />
            <Route path="/organizations/:id" element={<OrganizationPage />} />
            <Route path="/organizations/:id/partners" element={<PartnerSuggestionsPage />} />
            <Route path="/partner-requests" element={<PartnerBoard />} />
            <Route path="/networks" element={<NetworkList />} />
            <Route path="/networks/:id" element={<NetworkPage />} />
            <Route path="/people/:id" element={<PersonPage />} />
            <Route path="/events/:id" element={<EventPage />} />
            <Route path="/meetings/:id" element={<MeetingRecord />} />
            <Route path="/map" element={<MapPage />} />
            <Route path="/sign-in" element={<SignIn />} />
            <Route path="/sign-up" element={<SignUp />} />
            <Route path="/forgot-password" element={<ForgotPassword />} />
            <Route path="/reset-password" element={<ResetPassword />} />
            <Route path="/confirm-email" element={<ConfirmEmail />} />
            <Route path="/workspace/*" element={<Workspace />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </UsableOnceInteractive>
      </Suspense>
    </Layout>
  );
}

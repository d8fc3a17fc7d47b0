import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AgreementList } from '../portal/AgreementList.tsx';
import { AgreementPage } from '../portal/AgreementPage.tsx';
import { EventPage } from '../portal/EventPage.tsx';
import { Home } from '../portal/Home.tsx';
import { NetworkList } from '../portal/NetworkList.tsx';
import { NetworkPage } from '../portal/NetworkPage.tsx';
import { NotFound } from '../portal/NotFound.tsx';
import { OrganizationPage } from '../portal/OrganizationPage.tsx';
import { PersonPage } from '../portal/PersonPage.tsx';
import { Layout } from './Layout.tsx';

// The map and the workspace are loaded when first opened: the portal's first page stays light.
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
      <Suspense fallback={<Loader aria-label="…" />}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/agreements" element={<AgreementList />} />
          <Route path="/agreements/:id" element={<AgreementPage />} />
          <Route path="/organizations/:id" element={<OrganizationPage />} />
          <Route path="/networks" element={<NetworkList />} />
          <Route path="/networks/:id" element={<NetworkPage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/events/:id" element={<EventPage />} />
          <Route path="/map" element={<MapPage />} />
          <Route path="/sign-in" element={<SignIn />} />
          <Route path="/sign-up" element={<SignUp />} />
          <Route path="/forgot-password" element={<ForgotPassword />} />
          <Route path="/reset-password" element={<ResetPassword />} />
          <Route path="/confirm-email" element={<ConfirmEmail />} />
          <Route path="/workspace/*" element={<Workspace />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

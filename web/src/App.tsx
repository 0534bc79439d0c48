import { useMemo } from 'react';
import { Provider } from 'urql';
import type { AppConfig } from './app-config';
import { useSession } from './auth/session';
import { Header } from './components/Header';
import { SkipLink } from './components/SkipLink';
import { createGraphqlClient } from './graphql/client';
import { ExpertPage } from './pages/ExpertPage';
import { MyRecordPage } from './pages/MyRecordPage';
import { OverviewPage } from './pages/OverviewPage';
import { programmePage } from './pages/programme-pages';
import { SearchPage } from './pages/SearchPage';
import { StewardPage } from './pages/StewardPage';
import { ReferenceProvider } from './reference';
import { useRoute } from './routing';

export function App({ config }: { config: AppConfig }) {
  const { session, tokenRefused } = useSession();
  const client = useMemo(
    () => createGraphqlClient(config.graphqlUrl, session.token, tokenRefused),
    [config.graphqlUrl, session.token, tokenRefused],
  );
  const route = useRoute();
  return (
    <Provider value={client}>
      <ReferenceProvider>
        <SkipLink />
        <Header />
        {programmePage(route) ??
          (route.page === 'expert' ? (
            <ExpertPage id={route.id} />
          ) : route.page === 'steward' ? (
            <StewardPage />
          ) : route.page === 'overview' ? (
            <OverviewPage />
          ) : route.page === 'me' ? (
            <MyRecordPage />
          ) : (
            <SearchPage />
          ))}
      </ReferenceProvider>
    </Provider>
  );
}

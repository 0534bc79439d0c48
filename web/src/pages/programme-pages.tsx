import type { Route } from '../routing';
import { EditProgrammePage, NewProgrammePage } from './ProgrammeFormPage';
import { ProgrammePage } from './ProgrammePage';
import { ProgrammesPage } from './ProgrammesPage';

/** The page for a programme route (docs/ARCHITECTURE.md §10.4); null for any other route. */
export function programmePage(route: Route) {
  switch (route.page) {
    case 'programmes':
      return <ProgrammesPage />;
    case 'programme':
      return <ProgrammePage id={route.id} />;
    case 'programme-new':
      return <NewProgrammePage />;
    case 'programme-edit':
      return <EditProgrammePage id={route.id} />;
    default:
      return null;
  }
}

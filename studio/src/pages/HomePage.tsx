import { Link } from 'react-router';
import { useQuery } from '../api/hooks';
import { StudioSegmentations } from '../generated/operations';
import { useSession } from '../auth/AuthContext';
import { Empty, ErrorNotice, Loading } from '../components/Status';
import { OverviewPage } from './OverviewPage';

/** The first screen: the overview of the newest segmentation that has an active run (else the newest one). */
export function HomePage() {
  const session = useSession();
  const list = useQuery(StudioSegmentations, {});
  if (list.error) return <ErrorNotice error={list.error} retry={list.refetch} />;
  if (!list.data) return <Loading what="segmentations" />;
  const segmentations = list.data.segmentations?.edges.map((e) => e.node) ?? [];
  if (segmentations.length === 0) {
    return (
      <Empty title="No segmentation yet">
        {session.can.runSegmentations
          ? <p><Link to="/segmentations">Define a segmentation</Link> and start its first run.</p>
          : <p>An analyst defines segmentations; once one has an active run, its segments show here.</p>}
      </Empty>
    );
  }
  const chosen = segmentations.find((s) => s.activeRunId) ?? segmentations[0];
  return <OverviewPage segmentationId={chosen.id} segmentations={segmentations} />;
}

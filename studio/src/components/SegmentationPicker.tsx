import { useNavigate } from 'react-router';

/** Switches the overview to another segmentation. */
export function SegmentationPicker({ current, segmentations }: { current: string; segmentations: readonly { id: string; name: string; activeRunId: string | null }[] }) {
  const navigate = useNavigate();
  if (segmentations.length < 2) return null;
  return (
    <label className="inline">
      Segmentation{' '}
      <select value={current} onChange={(e) => navigate(`/segmentations/${e.target.value}`)}>
        {segmentations.map((s) => (
          <option key={s.id} value={s.id}>{s.name}{s.activeRunId ? '' : ' (no active run)'}</option>
        ))}
      </select>
    </label>
  );
}

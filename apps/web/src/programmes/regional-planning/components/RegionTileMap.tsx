import { useTranslation } from 'react-i18next';
import type { RpMunicipality } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

/**
 * RP-2 a schematic tile map of the Rīga planning region: one square per municipality, placed roughly where
 * it lies (Limbaži in the north, Tukums in the west, Ogre in the east), coloured by a figure on a five-step
 * scale of blues; each tile also says its value, so the colour is never the only carrier.
 */
const TILES: Record<string, [number, number]> = {
  '0035000': [3, 0], // Limbaži
  '0047000': [2, 1], '0023000': [3, 1], '0048000': [4, 1], // Saulkrasti, Ādaži, Sigulda
  '0052000': [0, 2], '0004000': [1, 2], '0001000': [2, 2], '0044000': [3, 2], // Tukums, Jūrmala, Rīga, Ropaži
  '0039000': [1, 3], '0034000': [2, 3], '0045000': [3, 3], '0040000': [4, 3], // Mārupe, Ķekava, Salaspils, Ogre
  '0041000': [1, 4], // Olaine
};
const SCALE = ['#eef4fa', '#c6dbef', '#7fb0d8', '#2f6fa8', '#153e66'];
const SIZE = 112;
const GAP = 6;

export function RegionTileMap({ municipalities, values, partial = [], figureLabel }: { municipalities: RpMunicipality[]; values: Record<string, number | null>; partial?: readonly string[]; figureLabel: string }) {
  const { t } = useTranslation();
  const f = useRpFormat();
  const known = Object.values(values).filter((v): v is number => v !== null);
  const max = Math.max(1, ...known);
  const step = (v: number) => Math.min(SCALE.length - 1, Math.floor((v / max) * (SCALE.length - 1) + 0.0001));
  const placed = municipalities.map((m, i) => ({ m, at: TILES[m.atvk] ?? [i % 5, 5 + Math.floor(i / 5)] as [number, number] }));
  const cols = Math.max(...placed.map((p) => p.at[0])) + 1;
  const rows = Math.max(...placed.map((p) => p.at[1])) + 1;
  /** A tile's value: '•' hidden; '≥ n' when a small cell was left out of the sum. */
  const text = (atvk: string) => {
    const v = values[atvk];
    if (v === null) return '•';
    return partial.includes(atvk) ? `≥ ${f.number(v ?? 0)}` : f.number(v ?? 0);
  };
  const spoken = (atvk: string) => (values[atvk] === null ? t('rpPages.common.hidden')
    : partial.includes(atvk) ? t('rpPages.overview.atLeast', { value: f.number(values[atvk] ?? 0) }) : f.number(values[atvk] ?? 0));
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${cols * (SIZE + GAP)} ${rows * (SIZE + GAP) + 34}`} style={{ width: '100%', maxWidth: 620, height: 'auto', display: 'block' }} role="img"
        aria-label={`${t('rpPages.overview.mapLabel', { figure: figureLabel })}. ${placed.map(({ m }) => `${f.municipality(m)}: ${spoken(m.atvk)}`).join('; ')}`}>
        {placed.map(({ m, at: [x, y] }) => {
          const v = values[m.atvk] ?? 0;
          const fill = values[m.atvk] === null ? '#f1f3f5' : SCALE[step(v)]!;
          const dark = values[m.atvk] !== null && step(v) >= 3;
          return (
            <g key={m.atvk} transform={`translate(${x * (SIZE + GAP)}, ${y * (SIZE + GAP)})`}>
              <rect width={SIZE} height={SIZE} rx={8} fill={fill} stroke="#1d4f7c" strokeWidth={1} />
              <text x={SIZE / 2} y={44} textAnchor="middle" fontSize={12} fontWeight={600} fill={dark ? '#ffffff' : '#1a1b1e'}>{f.shortMunicipality(m)}</text>
              <text x={SIZE / 2} y={74} textAnchor="middle" fontSize={20} fontWeight={700} fill={dark ? '#ffffff' : '#1a1b1e'}>{text(m.atvk)}</text>
            </g>
          );
        })}
        <g transform={`translate(0, ${rows * (SIZE + GAP) + 6})`}>
          <text x={0} y={16} fontSize={12} fill="#495057">{t('rpPages.overview.legendLow')}</text>
          {SCALE.map((c, i) => <rect key={c} x={60 + i * 30} y={4} width={28} height={16} fill={c} stroke="#1d4f7c" strokeWidth={0.5} />)}
          <text x={60 + SCALE.length * 30 + 6} y={16} fontSize={12} fill="#495057">{t('rpPages.overview.legendHigh')}</text>
          <text x={60 + SCALE.length * 30 + 60} y={16} fontSize={12} fill="#495057">{`• ${t('rpPages.common.hidden')}; ≥ ${t('rpPages.overview.atLeastLegend')}`}</text>
        </g>
      </svg>
    </figure>
  );
}

/** Okabe-Ito: distinguishable with the common colour-vision deficiencies (Okabe & Ito 2008). */
export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
/** Viridis, 5 steps from best (dark) to worst (light): ordered and colour-blind safe. */
export const SEQUENTIAL = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
/** Blue-white-orange diverging scale for signed values (correlations, deviations). */
export const DIVERGING = ['#0072B2', '#9ecae1', '#f7f7f7', '#fdb863', '#D55E00'];

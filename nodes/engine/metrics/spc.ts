/**
 * Statistical process control and Six Sigma figures for a defect definition (a detractor, a
 * complaint, a negative review, a rating below a threshold).
 *
 * p-chart (attribute control chart with varying sample sizes), per period i with nᵢ units, dᵢ defects:
 *   pᵢ = dᵢ/nᵢ,  p̄ = Σdᵢ/Σnᵢ (centre line),
 *   UCLᵢ = p̄ + 3·√(p̄(1 − p̄)/nᵢ),  LCLᵢ = max(0, p̄ − 3·√(p̄(1 − p̄)/nᵢ)).
 * A period is out of control when pᵢ > UCLᵢ or pᵢ < LCLᵢ (Western Electric rule 1), or when it ends a
 * run of 8 consecutive periods on the same side of the centre line (rule 4).
 *
 * Six Sigma: DPMO = defects / (units × opportunities per unit) × 10⁶;
 * sigma level = Φ⁻¹(1 − DPMO/10⁶) + 1.5 (the conventional 1.5σ long-term shift, so 3.4 DPMO = 6σ).
 */
import { sigmaLevel } from './stats';

export interface SpcPoint {
	period: string;
	units: number;
	defects: number;
	p: number | null;
	ucl: number | null;
	lcl: number | null;
	outOfControl: boolean;
	/** Which rule flagged it: 'above UCL', 'below LCL', 'run of 8'. */
	signal: string | null;
}

export interface SixSigma {
	units: number;
	defects: number;
	opportunitiesPerUnit: number;
	dpmo: number | null;
	/** Process yield, %. */
	yield: number | null;
	sigmaLevel: number | null;
	convention: string;
}

const r = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

export function pChart(series: Array<{ period: string; units: number; defects: number }>): { centerLine: number | null; points: SpcPoint[] } {
	let D = 0;
	let N = 0;
	for (const s of series) {
		D += s.defects;
		N += s.units;
	}
	if (N === 0) return { centerLine: null, points: series.map((s) => ({ ...s, p: null, ucl: null, lcl: null, outOfControl: false, signal: null })) };
	const pbar = D / N;
	let runSide = 0;
	let runLength = 0;
	const points = series.map((s): SpcPoint => {
		if (!s.units) {
			runSide = 0;
			runLength = 0;
			return { ...s, p: null, ucl: null, lcl: null, outOfControl: false, signal: null };
		}
		const p = s.defects / s.units;
		const sigma = Math.sqrt((pbar * (1 - pbar)) / s.units);
		const ucl = Math.min(1, pbar + 3 * sigma);
		const lcl = Math.max(0, pbar - 3 * sigma);
		const side = p > pbar ? 1 : p < pbar ? -1 : 0;
		if (side !== 0 && side === runSide) runLength++;
		else {
			runSide = side;
			runLength = side === 0 ? 0 : 1;
		}
		let signal: string | null = null;
		if (p > ucl) signal = 'above UCL';
		else if (p < lcl) signal = 'below LCL';
		else if (runLength >= 8) signal = 'run of 8';
		return { ...s, p: r(p), ucl: r(ucl), lcl: r(lcl), outOfControl: signal !== null, signal };
	});
	return { centerLine: r(pbar), points };
}

export function sixSigma(defects: number, units: number, opportunitiesPerUnit = 1): SixSigma {
	const convention = 'sigma = Φ⁻¹(1 − DPMO/10⁶) + 1.5 (1.5σ long-term shift)';
	const opp = units * opportunitiesPerUnit;
	if (!opp) return { units, defects, opportunitiesPerUnit, dpmo: null, yield: null, sigmaLevel: null, convention };
	const dpmo = (defects / opp) * 1e6;
	const s = sigmaLevel(dpmo);
	return {
		units,
		defects,
		opportunitiesPerUnit,
		dpmo: Math.round(dpmo * 100) / 100,
		yield: Math.round((100 - dpmo / 1e4) * 10000) / 10000,
		sigmaLevel: Number.isFinite(s) ? Math.round(s * 1000) / 1000 : null,
		convention,
	};
}

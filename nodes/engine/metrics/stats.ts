/**
 * Small, dependency-free statistics used by the metrics engine: the normal distribution, the tests
 * behind "significant / not significant", the 6σ sigma level and an eigen-decomposition for key-driver
 * relative weights. Every formula is written out next to its code.
 */

/**
 * Standard normal CDF Φ(x). W. J. Cody / Hart (1968) rational approximation as given by G. West,
 * "Better approximations to cumulative normal functions" (Wilmott, 2005): double precision over the
 * whole real line.
 */
export function normalCdf(x: number): number {
	const a = Math.abs(x);
	let c: number;
	if (a > 37) {
		c = 0;
	} else {
		const e = Math.exp((-a * a) / 2);
		if (a < 7.07106781186547) {
			let n = 3.52624965998911e-2 * a + 0.700383064443688;
			n = n * a + 6.37396220353165;
			n = n * a + 33.912866078383;
			n = n * a + 112.079291497871;
			n = n * a + 221.213596169931;
			n = n * a + 220.206867912376;
			let d = 8.83883476483184e-2 * a + 1.75566716318264;
			d = d * a + 16.064177579207;
			d = d * a + 86.7807322029461;
			d = d * a + 296.564248779674;
			d = d * a + 637.333633378831;
			d = d * a + 793.826512519948;
			d = d * a + 440.413735824752;
			c = (e * n) / d;
		} else {
			let b = a + 0.65;
			b = a + 4 / b;
			b = a + 3 / b;
			b = a + 2 / b;
			b = a + 1 / b;
			c = e / b / 2.506628274631;
		}
	}
	return x > 0 ? 1 - c : c;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * Inverse of Φ (the probit). P. J. Acklam's rational approximation (relative error 1.15e-9) followed
 * by one Halley step on `normalCdf`, which brings it to about machine precision.
 */
export function normalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) {
		if (p === 0) return -Infinity;
		if (p === 1) return Infinity;
		return NaN;
	}
	const plow = 0.02425;
	let x: number;
	if (p < plow) {
		const q = Math.sqrt(-2 * Math.log(p));
		x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
	} else if (p <= 1 - plow) {
		const q = p - 0.5;
		const r = q * q;
		x =
			((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
			(((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
	} else {
		const q = Math.sqrt(-2 * Math.log(1 - p));
		x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
	}
	// Halley refinement: e = Φ(x) − p, u = e·√(2π)·e^{x²/2}, x ← x − u / (1 + x·u/2).
	const e = normalCdf(x) - p;
	const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
	return x - u / (1 + (x * u) / 2);
}

/** Two-sided p-value of a z statistic: 2·(1 − Φ(|z|)). */
export function twoSidedP(z: number): number {
	if (!Number.isFinite(z)) return Number.isNaN(z) ? NaN : 0;
	return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}

/** z for a two-sided confidence level (0.95 → 1.959964). */
export function zForConfidence(confidence: number): number {
	return normalQuantile(1 - (1 - confidence) / 2);
}

export interface TestResult {
	/** Name of the test, shown in reports. */
	test: string;
	/** The statistic (z). */
	z: number | null;
	pValue: number | null;
	significant: boolean;
	/** 'up' | 'down' when significant, 'not significant', or 'insufficient sample'. */
	verdict: 'up' | 'down' | 'not significant' | 'insufficient sample';
}

function verdictOf(diff: number, p: number, alpha: number): TestResult['verdict'] {
	if (!(p < alpha)) return 'not significant';
	return diff > 0 ? 'up' : 'down';
}

/**
 * Two-proportion z-test with pooled proportion:
 *   p̂ = (x₁ + x₂)/(n₁ + n₂),  z = (x₂/n₂ − x₁/n₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)).
 * Used for top-two-box CSAT, complaint rate and response rate.
 */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number, alpha = 0.05, minSample = 30): TestResult {
	const test = 'two-proportion z-test';
	if (n1 < minSample || n2 < minSample) return { test, z: null, pValue: null, significant: false, verdict: 'insufficient sample' };
	const p = (x1 + x2) / (n1 + n2);
	const diff = x2 / n2 - x1 / n1;
	const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
	if (se === 0) return { test, z: 0, pValue: 1, significant: false, verdict: 'not significant' };
	const z = diff / se;
	const pValue = twoSidedP(z);
	const verdict = verdictOf(diff, pValue, alpha);
	return { test, z, pValue, significant: verdict === 'up' || verdict === 'down', verdict };
}

/**
 * Welch-style z-test for two independent means with unequal variances (large samples):
 *   z = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂).
 * For NPS the "mean" is the mean of the per-response score +1 (promoter) / 0 / −1 (detractor), whose
 * variance is (p₊ + p₋) − (p₊ − p₋)²; NPS = 100 × that mean.
 */
export function welchZ(
	m1: number,
	var1: number,
	n1: number,
	m2: number,
	var2: number,
	n2: number,
	alpha = 0.05,
	minSample = 30,
	test = 'Welch z-test',
): TestResult {
	if (n1 < minSample || n2 < minSample) return { test, z: null, pValue: null, significant: false, verdict: 'insufficient sample' };
	const se = Math.sqrt(var1 / n1 + var2 / n2);
	const diff = m2 - m1;
	if (se === 0) return { test, z: 0, pValue: diff === 0 ? 1 : 0, significant: diff !== 0, verdict: diff === 0 ? 'not significant' : diff > 0 ? 'up' : 'down' };
	const z = diff / se;
	const pValue = twoSidedP(z);
	const verdict = verdictOf(diff, pValue, alpha);
	return { test, z, pValue, significant: verdict === 'up' || verdict === 'down', verdict };
}

/**
 * Six Sigma level from DPMO with the conventional 1.5σ long-term shift:
 *   sigma = Φ⁻¹(1 − DPMO/10⁶) + 1.5.
 * So 3.4 DPMO → 6.0σ, 66,807 DPMO → 3.0σ, 308,538 DPMO → 2.0σ (the published table).
 */
export function sigmaLevel(dpmo: number, shift = 1.5): number {
	const y = 1 - dpmo / 1e6;
	if (y <= 0) return -Infinity;
	if (y >= 1) return Infinity;
	return normalQuantile(y) + shift;
}

/**
 * Jacobi eigen-decomposition of a symmetric matrix. Returns eigenvalues and the eigenvectors as the
 * columns of `vectors` (row-major `vectors[i][k]` = component i of eigenvector k).
 */
export function symmetricEigen(matrix: number[][]): { values: number[]; vectors: number[][] } {
	const n = matrix.length;
	const a = matrix.map((r) => r.slice());
	const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
	for (let sweep = 0; sweep < 100; sweep++) {
		let off = 0;
		for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i][j] * a[i][j];
		if (off < 1e-22) break;
		for (let p = 0; p < n; p++) {
			for (let q = p + 1; q < n; q++) {
				if (Math.abs(a[p][q]) < 1e-300) continue;
				const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
				const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				for (let k = 0; k < n; k++) {
					const akp = a[k][p];
					const akq = a[k][q];
					a[k][p] = c * akp - s * akq;
					a[k][q] = s * akp + c * akq;
				}
				for (let k = 0; k < n; k++) {
					const apk = a[p][k];
					const aqk = a[q][k];
					a[p][k] = c * apk - s * aqk;
					a[q][k] = s * apk + c * aqk;
				}
				for (let k = 0; k < n; k++) {
					const vkp = v[k][p];
					const vkq = v[k][q];
					v[k][p] = c * vkp - s * vkq;
					v[k][q] = s * vkp + c * vkq;
				}
			}
		}
	}
	return { values: a.map((r, i) => r[i]), vectors: v };
}

export interface RelativeWeights {
	/** R² of the standardised regression of y on all predictors. */
	r2: number;
	/** Johnson's raw relative weights ε_j (they sum to R²). */
	weights: number[];
	/** Standardised regression coefficients β_j. */
	betas: number[];
}

/**
 * Johnson's (2000) relative weights from a predictor correlation matrix R and the predictor–outcome
 * correlations r:
 *   R = QΛQᵀ, Λ^{½} = QΛ^{½}Qᵀ (the correlations of X with its closest orthogonal version Z),
 *   β* = Λ^{-½} r (regression of y on Z, where Λ^{-½} = QΛ^{-½}Qᵀ),
 *   ε_j = Σ_k (Λ^{½})²_{jk} β*²_k,   Σ ε_j = R².
 * Eigenvalues below 1e-9 (perfectly collinear drivers) are dropped.
 */
export function relativeWeights(R: number[][], r: number[]): RelativeWeights {
	const k = r.length;
	if (k === 0) return { r2: 0, weights: [], betas: [] };
	const { values, vectors } = symmetricEigen(R);
	const half = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	const invHalf = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	const inv = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (let e = 0; e < k; e++) {
		const l = values[e];
		if (!(l > 1e-9)) continue;
		const sl = Math.sqrt(l);
		for (let i = 0; i < k; i++) {
			for (let j = 0; j < k; j++) {
				const q = vectors[i][e] * vectors[j][e];
				half[i][j] += q * sl;
				invHalf[i][j] += q / sl;
				inv[i][j] += q / l;
			}
		}
	}
	const betaZ = invHalf.map((row) => row.reduce((s, x, j) => s + x * r[j], 0));
	const weights = half.map((row) => row.reduce((s, x, j) => s + x * x * betaZ[j] * betaZ[j], 0));
	const betas = inv.map((row) => row.reduce((s, x, j) => s + x * r[j], 0));
	const r2 = betas.reduce((s, b, j) => s + b * r[j], 0);
	return { r2, weights, betas };
}

/** Deterministic PRNG (mulberry32) so verbatim samples are reproducible run to run. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

import {
	normalCdf,
	normalQuantile,
	relativeWeights,
	sigmaLevel,
	twoProportionZ,
	welchZ,
	zForConfidence,
} from '../../../nodes/engine/metrics/stats';

describe('normal distribution', () => {
	it('matches the published table values of Φ', () => {
		// Φ(1) = 0.8413447461, Φ(1.96) = 0.9750021049, Φ(−3) = 0.0013498980 (standard normal table).
		expect(normalCdf(1)).toBeCloseTo(0.8413447461, 9);
		expect(normalCdf(1.96)).toBeCloseTo(0.9750021049, 9);
		expect(normalCdf(-3)).toBeCloseTo(0.001349898, 9);
		expect(normalCdf(0)).toBe(0.5);
	});

	it('inverts Φ', () => {
		expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
		expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
		expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
		expect(zForConfidence(0.9)).toBeCloseTo(1.644853627, 8);
		for (const p of [1e-8, 0.01, 0.3, 0.77, 0.9999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
	});
});

describe('sigma level (1.5σ shift) against the published Six Sigma conversion table', () => {
	// Table: 691,462 DPMO = 1σ; 308,538 = 2σ; 66,807 = 3σ; 6,210 = 4σ; 233 = 5σ; 3.4 = 6σ.
	it.each([
		[691462, 1],
		[308538, 2],
		[66807, 3],
		[6210, 4],
		[233, 5],
		[3.4, 6],
	])('%p DPMO → %pσ', (dpmo, sigma) => {
		expect(sigmaLevel(dpmo)).toBeCloseTo(sigma, 2);
	});
});

describe('significance tests', () => {
	it('two-proportion z-test: 120/200 → 150/200', () => {
		// p̂ = 270/400 = 0.675; SE = √(0.675·0.325·(1/200 + 1/200)) = √0.00219375 = 0.0468375
		// z = (0.75 − 0.60)/0.0468375 = 3.20256; p = 2·(1 − Φ(3.20256)) = 0.001362
		const t = twoProportionZ(120, 200, 150, 200);
		expect(t.z).toBeCloseTo(3.20256, 4);
		expect(t.pValue).toBeCloseTo(0.001362, 5);
		expect(t.verdict).toBe('up');
		expect(t.test).toBe('two-proportion z-test');
	});

	it('says "insufficient sample" below the minimum and "not significant" for small moves', () => {
		expect(twoProportionZ(5, 10, 9, 10).verdict).toBe('insufficient sample');
		expect(twoProportionZ(100, 200, 104, 200).verdict).toBe('not significant');
	});

	it('Welch z on means', () => {
		// m₁ = 70, s₁² = 400, n₁ = 100; m₂ = 75, s₂² = 225, n₂ = 100
		// SE = √(4 + 2.25) = 2.5; z = 5/2.5 = 2; p = 0.0455
		const t = welchZ(70, 400, 100, 75, 225, 100);
		expect(t.z).toBeCloseTo(2, 10);
		expect(t.pValue).toBeCloseTo(0.0455003, 6);
		expect(t.significant).toBe(true);
	});
});

describe("Johnson's relative weights", () => {
	it('two correlated predictors, worked by hand', () => {
		// R = [[1, .5], [.5, 1]], r = (.6, .4).
		// Eigen: λ = 1.5, 0.5 with vectors (1,1)/√2, (1,−1)/√2, so Λ^½ = [[a, b], [b, a]] with
		// a = (√1.5 + √.5)/2 = 0.9659258, b = (√1.5 − √.5)/2 = 0.2588190; a² − b² = 0.8660254.
		// β* = (Λ^½)⁻¹ r = ((.6a − .4b), (.4a − .6b)) / 0.8660254 = (0.5496696, 0.2668270)
		// ε₁ = a²β₁*² + b²β₂*² = 0.9330127·0.3021367 + 0.0669873·0.0711967 = 0.2866667
		// ε₂ = b²β₁*² + a²β₂*² = 0.0669873·0.3021367 + 0.9330127·0.0711967 = 0.0866667
		// R² = (r₁² + r₂² − 2r₁r₂ρ)/(1 − ρ²) = (0.52 − 0.24)/0.75 = 0.3733333 = ε₁ + ε₂
		// β = R⁻¹r = ((.6 − .2), (.4 − .3))/0.75 = (0.533333, 0.133333)
		const rw = relativeWeights(
			[
				[1, 0.5],
				[0.5, 1],
			],
			[0.6, 0.4],
		);
		expect(rw.weights[0]).toBeCloseTo(0.2866667, 6);
		expect(rw.weights[1]).toBeCloseTo(0.0866667, 6);
		expect(rw.r2).toBeCloseTo(0.3733333, 6);
		expect(rw.betas[0]).toBeCloseTo(0.533333, 5);
		expect(rw.betas[1]).toBeCloseTo(0.133333, 5);
	});

	it('uncorrelated predictors get r² each', () => {
		const rw = relativeWeights(
			[
				[1, 0, 0],
				[0, 1, 0],
				[0, 0, 1],
			],
			[0.5, -0.3, 0.1],
		);
		expect(rw.weights.map((w) => Math.round(w * 1e6) / 1e6)).toEqual([0.25, 0.09, 0.01]);
	});
});

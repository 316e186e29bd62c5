/**
 * The written summary: a few sentences generated from the numbers only (no text is invented), in
 * English or Chinese. `facts` is the same content as data, for a workflow that wants an LLM to
 * rewrite the summary from nothing but those numbers.
 */
import type { MetricsResult, PeriodResult } from '../metrics/aggregator';
import type { Change } from '../metrics/accumulator';
import { fmt, signed } from './html';
import { dict, type Lang } from './i18n';

export interface SummaryFacts {
	period: string | null;
	previousPeriod: string | null;
	records: number;
	nps: { score: number | null; marginOfError: number | null; responses: number; change: Change | null };
	rating: { mean: number | null; change: Change | null };
	csatTopTwoBox: number | null;
	complaintRate: { value: number | null; change: Change | null };
	topNegativeTopic: { name: string; negativeShare: number | null; mentions: number } | null;
	topDriver: { name: string; importance: number; quadrant: string | null } | null;
	outOfControl: Array<{ period: string; signal: string | null }>;
	sigmaLevel: number | null;
	dpmo: number | null;
	slaCompliance: number | null;
	worstDepartment: { name: string; breached: number } | null;
	reputationIndex: number | null;
	lowSample: boolean;
}

export function summaryFacts(m: MetricsResult): SummaryFacts {
	const last: PeriodResult | undefined = m.periods.filter((p) => p.n > 0).pop();
	const idx = last ? m.periods.indexOf(last) : -1;
	const prev = idx > 0 ? m.periods[idx - 1] : undefined;
	const cur = last ?? null;
	const change = cur?.change ?? null;
	const negTopic = m.topics.nodes
		.filter((n) => n.count >= Math.max(5, m.minSample / 3) && n.negativeShare !== null && n.negative > 0)
		.sort((a, b) => b.negative - a.negative || (b.negativeShare ?? 0) - (a.negativeShare ?? 0))[0];
	const driver = m.drivers?.drivers[0];
	const depts = m.breakdowns.department ?? [];
	const worstDept = [...depts].sort((a, b) => b.sla.breached - a.sla.breached)[0];
	const slaMet = depts.reduce((s, d) => s + d.sla.met, 0) || m.overall.sla.met;
	const slaBreached = depts.reduce((s, d) => s + d.sla.breached, 0) || m.overall.sla.breached;
	return {
		period: cur?.period ?? null,
		previousPeriod: prev?.period ?? null,
		records: m.records,
		nps: {
			score: (cur ?? m.overall).nps.score,
			marginOfError: (cur ?? m.overall).nps.marginOfError,
			responses: (cur ?? m.overall).nps.responses,
			change: change?.nps ?? null,
		},
		rating: { mean: (cur ?? m.overall).rating.mean, change: change?.rating ?? null },
		csatTopTwoBox: (cur ?? m.overall).csat.topTwoBox,
		complaintRate: { value: (cur ?? m.overall).complaintRate, change: change?.complaintRate ?? null },
		topNegativeTopic: negTopic ? { name: negTopic.key, negativeShare: negTopic.negativeShare, mentions: negTopic.count } : null,
		topDriver: driver ? { name: driver.key, importance: driver.importance, quadrant: driver.quadrant } : null,
		outOfControl: m.spc.chart.filter((p) => p.outOfControl).map((p) => ({ period: p.period, signal: p.signal })),
		sigmaLevel: m.spc.sixSigma.sigmaLevel,
		dpmo: m.spc.sixSigma.dpmo,
		slaCompliance: slaMet + slaBreached ? Math.round((10000 * slaMet) / (slaMet + slaBreached)) / 100 : null,
		worstDepartment: worstDept && worstDept.sla.breached > 0 ? { name: worstDept.label, breached: worstDept.sla.breached } : null,
		reputationIndex: m.reputation?.index ?? null,
		lowSample: (cur ?? m.overall).lowSample,
	};
}

function pValue(p: number | null): string {
	if (p === null) return '';
	return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

export function summarySentences(m: MetricsResult, lang: Lang): string[] {
	const f = summaryFacts(m);
	const t = dict(lang);
	const out: string[] = [];
	if (!m.records) return [t.noData];
	const when = f.period ?? '';
	const zh = lang === 'zh';
	if (f.nps.score !== null) {
		out.push(
			zh
				? `${when ? `${when} ` : ''}NPS 为 ${fmt(f.nps.score, 1, lang)}（95% 置信区间 ±${fmt(f.nps.marginOfError, 1, lang)}，${fmt(f.nps.responses, 0, lang)} 份回答）。`
				: `NPS ${when ? `in ${when} ` : ''}was ${fmt(f.nps.score, 1)} (±${fmt(f.nps.marginOfError, 1)} at 95% confidence, ${fmt(f.nps.responses, 0)} responses).`,
		);
		const c = f.nps.change;
		if (c && f.previousPeriod) {
			if (c.verdict === 'insufficient sample') {
				out.push(zh ? `与 ${f.previousPeriod} 相比样本不足，变化无法检验。` : `Too few responses to test the change from ${f.previousPeriod}.`);
			} else if (c.significant) {
				out.push(
					zh
						? `较 ${f.previousPeriod} ${c.verdict === 'up' ? '上升' : '下降'} ${fmt(Math.abs(c.delta ?? 0), 1, lang)} 分，变化显著（${c.test.startsWith('Welch') ? 'Welch z 检验' : c.test}，${pValue(c.pValue)}）。`
						: `That is ${c.verdict === 'up' ? 'up' : 'down'} ${fmt(Math.abs(c.delta ?? 0), 1)} points on ${f.previousPeriod}, a statistically significant change (${c.test}, ${pValue(c.pValue)}).`,
				);
			} else {
				out.push(
					zh
						? `较 ${f.previousPeriod} 变化 ${signed(c.delta, 1, lang)} 分，不显著（${pValue(c.pValue)}）。`
						: `The change of ${signed(c.delta, 1)} points on ${f.previousPeriod} is not statistically significant (${pValue(c.pValue)}).`,
				);
			}
		}
	}
	if (f.rating.mean !== null) {
		const c = f.rating.change;
		const sig = c && c.significant ? (zh ? `，较上期${c.verdict === 'up' ? '显著上升' : '显著下降'} ${fmt(Math.abs(c.delta ?? 0), 1, lang)} 分` : `, a significant ${c.verdict === 'up' ? 'rise' : 'fall'} of ${fmt(Math.abs(c.delta ?? 0), 1)} points`) : '';
		out.push(zh ? `平均评分 ${fmt(f.rating.mean, 1, lang)}/100${sig}。` : `The average rating was ${fmt(f.rating.mean, 1)}/100${sig}.`);
	}
	if (f.complaintRate.value !== null && f.complaintRate.value > 0) {
		const c = f.complaintRate.change;
		const sig = c && c.significant ? (zh ? `（较上期${c.verdict === 'up' ? '显著上升' : '显著下降'}）` : ` (${c.verdict === 'up' ? 'a significant rise' : 'a significant fall'} on the previous period)`) : '';
		out.push(zh ? `投诉率 ${fmt(f.complaintRate.value, 1, lang)}%${sig}。` : `The complaint rate was ${fmt(f.complaintRate.value, 1)}%${sig}.`);
	}
	if (f.topNegativeTopic) {
		const n = f.topNegativeTopic;
		out.push(
			zh
				? `负面提及最多的话题是「${n.name}」（${fmt(n.mentions, 0, lang)} 次提及，负面占 ${fmt(n.negativeShare, 0, lang)}%）。`
				: `The topic with the most negative mentions was “${n.name}” (${fmt(n.mentions, 0)} mentions, ${fmt(n.negativeShare, 0)}% negative).`,
		);
	}
	if (f.topDriver) {
		const d = f.topDriver;
		const q = d.quadrant ? (t[`quadrant_${d.quadrant}` as keyof typeof t] as string) : '';
		out.push(
			zh
				? `关键驱动分析显示「${d.name}」对 NPS 影响最大（占解释方差的 ${fmt(d.importance, 0, lang)}%）${q ? `，属于「${q}」象限` : ''}。`
				: `Key-driver analysis ranks “${d.name}” first (${fmt(d.importance, 0)}% of the explained variance)${q ? `, in the “${q}” quadrant` : ''}.`,
		);
	}
	const defect = t[`defect_${m.spc.defect}` as keyof typeof t] as string;
	if (f.outOfControl.length) {
		const list = f.outOfControl.map((o) => o.period).join(zh ? '、' : ', ');
		out.push(zh ? `${defect}比例在 ${list} 超出控制限，属于需要调查的特殊原因。` : `The share of ${defect} was out of statistical control in ${list}: look for a special cause.`);
	} else if (m.spc.centerLine !== null && m.periods.length > 2) {
		out.push(zh ? `${defect}比例在各期均处于控制限内。` : `The share of ${defect} stayed within its control limits.`);
	}
	if (f.sigmaLevel !== null) {
		out.push(
			zh
				? `以${defect}计，过程西格玛水平为 ${fmt(f.sigmaLevel, 2, lang)}（DPMO ${fmt(f.dpmo, 0, lang)}）。`
				: `Counting ${defect} as defects, the process runs at ${fmt(f.sigmaLevel, 2)} sigma (${fmt(f.dpmo, 0)} DPMO).`,
		);
	}
	if (f.slaCompliance !== null) {
		const w = f.worstDepartment;
		out.push(
			zh
				? `SLA 达成率 ${fmt(f.slaCompliance, 0, lang)}%${w ? `，超时最多的是「${w.name}」（${w.breached} 件）` : ''}。`
				: `SLA compliance was ${fmt(f.slaCompliance, 0)}%${w ? `; ${w.name} had the most breaches (${w.breached})` : ''}.`,
		);
	}
	if (f.reputationIndex !== null) {
		out.push(zh ? `跨平台口碑指数 ${fmt(f.reputationIndex, 1, lang)}/100。` : `The cross-site reputation index stands at ${fmt(f.reputationIndex, 1)}/100.`);
	}
	if (f.lowSample) out.push(zh ? `注意：本期样本少于 ${m.minSample}，结论仅供参考。` : `Note: fewer than ${m.minSample} records this period; read the figures with care.`);
	return out;
}

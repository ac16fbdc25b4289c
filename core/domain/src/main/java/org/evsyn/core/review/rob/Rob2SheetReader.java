package org.evsyn.core.review.rob;

import jakarta.inject.Inject;
import org.evsyn.core.review.sheet.SheetReader;
import org.evsyn.core.review.sheet.SheetRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads RoB 2 judgements: one row per study (and optionally outcome) and domain, with columns
 * {@code study, domain, judgement} and optional {@code outcome, support}. Domain is D1-D5, or {@code overall} for
 * the reviewers' own overall judgement, which is kept as an override when it differs from the algorithm's.
 */
public final class Rob2SheetReader {

    private final SheetReader sheets;
    private final Rob2Algorithm algorithm;

    @Inject
    public Rob2SheetReader(SheetReader sheets, Rob2Algorithm algorithm) {
        this.sheets = Objects.requireNonNull(sheets, "sheets");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /** Every assessment in the sheet, in order of first appearance. */
    public List<Rob2Assessment> read(Path file) {
        List<SheetRow> rows = sheets.read(file, Set.of("study", "domain", "judgement"), Set.of("outcome", "support"));
        Map<String, Map<RobDomain, Rob2Assessment.DomainJudgement>> domains = new LinkedHashMap<>();
        Map<String, Rob2Assessment.Override> overall = new LinkedHashMap<>();
        Map<String, SheetRow> firstRow = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            String key = row.require("study") + "\u0000" + row.get("outcome").orElse("");
            firstRow.putIfAbsent(key, row);
            String domain = row.require("domain");
            RobJudgement judgement = RobJudgement.parse(row.require("judgement")).orElseThrow(() ->
                    row.error("judgement", "expected low, some concerns or high, got \"" + row.get("judgement").get() + "\""));
            String support = row.get("support").orElse("");
            if (domain.equalsIgnoreCase("overall")) {
                if (overall.put(key, new Rob2Assessment.Override(judgement, support)) != null) {
                    throw row.error("domain", "overall judgement given twice for this study");
                }
                continue;
            }
            RobDomain d = RobDomain.parse(domain).orElseThrow(() ->
                    row.error("domain", "expected D1, D2, D3, D4, D5 or overall, got \"" + domain + "\""));
            Map<RobDomain, Rob2Assessment.DomainJudgement> m = domains.computeIfAbsent(key, k -> new EnumMap<>(RobDomain.class));
            if (m.put(d, new Rob2Assessment.DomainJudgement(judgement, support)) != null) {
                throw row.error("domain", d + " judged twice for this study");
            }
        }
        List<Rob2Assessment> out = new ArrayList<>();
        for (Map.Entry<String, SheetRow> e : firstRow.entrySet()) {
            Map<RobDomain, Rob2Assessment.DomainJudgement> m = domains.getOrDefault(e.getKey(), Map.of());
            SheetRow row = e.getValue();
            for (RobDomain d : RobDomain.values()) {
                if (!m.containsKey(d)) {
                    throw new org.evsyn.core.review.sheet.SheetException(row.file() + ": study "
                            + row.require("study") + ": domain " + d + " (" + d.title() + ") has no judgement");
                }
            }
            Map<RobDomain, RobJudgement> judgements = new EnumMap<>(RobDomain.class);
            m.forEach((d, j) -> judgements.put(d, j.judgement()));
            Rob2Algorithm.Proposal proposal = algorithm.propose(judgements);
            Optional<Rob2Assessment.Override> override = Optional.ofNullable(overall.get(e.getKey()))
                    .filter(o -> o.judgement() != proposal.judgement());
            out.add(new Rob2Assessment(row.require("study"), row.get("outcome"), m, proposal, override));
        }
        return out;
    }
}

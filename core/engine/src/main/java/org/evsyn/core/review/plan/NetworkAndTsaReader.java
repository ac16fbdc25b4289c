package org.evsyn.core.review.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads the plan's {@code network} declarations and each outcome's {@code tsa} settings. */
final class NetworkAndTsaReader {

    private NetworkAndTsaReader() {
    }

    static NetworkAndTsaPlans read(JsonFields plan, List<OutcomePlan> outcomes) {
        List<NetworkPlan> networks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonFields n : plan.objectOrList("network")) {
            NetworkPlan p = network(n, outcomes);
            if (!seen.add(p.outcome())) {
                throw n.error("outcome", "a network over \"" + p.outcome() + "\" is declared twice");
            }
            networks.add(p);
        }
        Map<String, TsaPlan> tsa = new LinkedHashMap<>();
        List<JsonFields> outcomeFields = plan.objectList("outcomes", true);
        for (int i = 0; i < outcomeFields.size(); i++) {
            JsonFields o = outcomeFields.get(i);
            OutcomePlan outcome = outcomes.get(i);
            o.optionalObject("tsa").ifPresent(t -> tsa.put(outcome.name(), tsa(t, outcome)));
        }
        return new NetworkAndTsaPlans(networks, tsa);
    }

    private static NetworkPlan network(JsonFields n, List<OutcomePlan> outcomes) {
        n.allowOnly(Set.of("outcome", "reference", "method", "treatments", "control", "cc_rule",
                "$comment"));
        String name = n.requiredText("outcome");
        OutcomePlan outcome = outcomes.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> n.error("outcome", "\"" + name + "\" is not an outcome of this plan (outcomes: "
                        + String.join(", ", outcomes.stream().map(OutcomePlan::name).toList()) + ")"));
        if (!NetworkPlan.MEASURES.contains(outcome.measure())) {
            throw n.error("outcome", "a network analysis compares arm data by " + String.join(", ",
                    NetworkPlan.MEASURES) + "; outcome \"" + name + "\" uses " + outcome.measure());
        }
        String method = n.optionalText("method").orElse("REML");
        NetworkPlan.Method m = Arrays.stream(NetworkPlan.Method.values())
                .filter(x -> x.name().equalsIgnoreCase(method)).findFirst()
                .orElseThrow(() -> n.error("method", "expected one of " + Arrays.toString(NetworkPlan.Method.values())
                        + ", got \"" + method + "\""));
        String cc = n.optionalText("cc_rule").orElse("only0");
        if (!cc.equals("only0") && !cc.equals("all")) {
            throw n.error("cc_rule", "expected only0 or all, got \"" + cc + "\"");
        }
        return new NetworkPlan(name, n.requiredText("reference"), m, treatments(n),
                n.optionalText("control").orElse(NetworkPlan.DEFAULT_CONTROL), cc.equals("all"));
    }

    /** {@code "treatments": {"MSC": ["BM-MSC", "UC-MSC"]}}: each network label with the names it stands for. */
    private static Map<String, String> treatments(JsonFields n) {
        Map<String, String> byName = new LinkedHashMap<>();
        java.util.Optional<JsonFields> t = n.optionalObject("treatments");
        if (t.isEmpty()) {
            return byName;
        }
        Iterator<String> labels = t.get().fieldNames();
        while (labels.hasNext()) {
            String label = labels.next();
            if (label.isBlank()) {
                throw t.get().error("a network label must not be empty");
            }
            for (String name : t.get().textList(label, true)) {
                String before = byName.put(name, label);
                if (before != null && !before.equals(label)) {
                    throw t.get().error(label, "\"" + name + "\" is already mapped to \"" + before + "\"");
                }
            }
        }
        return byName;
    }

    private static TsaPlan tsa(JsonFields t, OutcomePlan outcome) {
        t.allowOnly(Set.of("control_risk", "rrr", "md", "sd", "alpha", "power", "adjust", "$comment"));
        double alpha = proportion(t, "alpha", TsaPlan.DEFAULT_ALPHA);
        double power = proportion(t, "power", TsaPlan.DEFAULT_POWER);
        String adjust = t.optionalText("adjust").orElse("d2");
        TsaPlan.Adjust a = switch (adjust.toLowerCase(Locale.ROOT)) {
            case "d2" -> TsaPlan.Adjust.D2;
            case "i2" -> TsaPlan.Adjust.I2;
            case "none" -> TsaPlan.Adjust.NONE;
            default -> throw t.error("adjust", "expected d2, i2 or none, got \"" + adjust + "\"");
        };
        String measure = outcome.measure();
        if (measure.equals("RR") || measure.equals("OR") || measure.equals("RD")) {
            forbid(t, measure, "md", "sd");
            return new TsaPlan(OptionalDouble.of(required(t, "control_risk")), OptionalDouble.of(required(t, "rrr")),
                    OptionalDouble.empty(), OptionalDouble.empty(), alpha, power, a);
        }
        if (measure.equals("MD")) {
            forbid(t, measure, "control_risk", "rrr");
            double md = t.optionalNumber("md").orElseThrow(() -> t.error("md", "required for an MD outcome: the "
                    + "mean difference to detect"));
            if (!(md != 0 && Double.isFinite(md))) {
                throw t.error("md", "expected a non-zero mean difference, got " + md);
            }
            double sd = t.optionalNumber("sd").orElseThrow(() -> t.error("sd", "required for an MD outcome: the "
                    + "outcome's standard deviation"));
            if (!(sd > 0 && Double.isFinite(sd))) {
                throw t.error("sd", "expected a standard deviation > 0, got " + sd);
            }
            return new TsaPlan(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(md),
                    OptionalDouble.of(sd), alpha, power, a);
        }
        throw t.error("trial sequential analysis needs an outcome measured by RR, OR, RD or MD; this one uses "
                + measure);
    }

    private static double required(JsonFields t, String field) {
        double v = t.optionalNumber(field).orElseThrow(() -> t.error(field, "required for an event outcome ("
                + (field.equals("rrr") ? "the relative risk reduction to detect" : "the assumed control risk")
                + ", a proportion)"));
        if (!(v > 0 && v < 1)) {
            throw t.error(field, "expected a proportion strictly between 0 and 1, got " + v);
        }
        return v;
    }

    private static double proportion(JsonFields t, String field, double dflt) {
        double v = t.optionalNumber(field).orElse(dflt);
        if (!(v > 0 && v < 1)) {
            throw t.error(field, "expected a proportion strictly between 0 and 1, got " + v);
        }
        return v;
    }

    private static void forbid(JsonFields t, String measure, String... fields) {
        for (String f : fields) {
            if (t.optionalNumber(f).isPresent()) {
                throw t.error(f, "not used for an outcome measured by " + measure + " (event outcomes take control_risk and rrr,"
                        + " MD outcomes md and sd)");
            }
        }
    }
}

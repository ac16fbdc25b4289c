package org.evsyn.core.review.attributes;

import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedStudy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The founding use case's attributes: cell therapy for ischemic stroke. Route (with a default vocabulary of the
 * spellings trials print), stroke stage (as extracted, else from the days after onset), cell source and type, dose
 * per kg (printed, else from a printed total and the body weight) and the days from onset to treatment.
 */
public final class StemCellStrokePack implements AttributePack {

    /** The name review.json enables the pack by. */
    public static final String NAME = "stem-cell-stroke";

    /** Route spellings seen in trial reports and extraction sheets. */
    static final Vocabulary ROUTES;

    static {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put("intravenous", List.of("IV", "i.v.", "intravenously", "intravenous infusion"));
        routes.put("intra-arterial", List.of("IA", "i.a.", "intra arterial", "intraarterial", "intra-arterially",
                "IA (internal carotid)", "intracarotid", "intra-carotid", "internal carotid artery"));
        routes.put("intracerebral", List.of("intracerebral (stereotactic)", "intracerebral (stereotaxic)",
                "stereotactic", "stereotaxic", "stereotactic intracerebral", "stereotaxic intracerebral",
                "intraparenchymal", "intracerebral implantation"));
        routes.put("intrathecal", List.of("IT", "lumbar puncture"));
        routes.put("intranasal", List.of("IN", "nasal"));
        ROUTES = new Vocabulary(routes);
    }

    private static final List<AttributeDef> ATTRIBUTES = List.of(
            AttributeDef.ofPack(NAME, "route", AttributeType.CATEGORICAL, "Route", Optional.empty(), ROUTES),
            AttributeDef.ofPack(NAME, "stage", AttributeType.CATEGORICAL, "Stroke stage", Optional.empty(),
                    Vocabulary.none()),
            AttributeDef.ofPack(NAME, "cell_source", AttributeType.CATEGORICAL, "Cell source", Optional.empty(),
                    Vocabulary.none()),
            AttributeDef.ofPack(NAME, "cell_type", AttributeType.CATEGORICAL, "Cell type", Optional.empty(),
                    Vocabulary.none()),
            AttributeDef.ofPack(NAME, "dose_cells_per_kg", AttributeType.NUMERIC, "Dose per kg",
                    Optional.of("cells/kg"), Vocabulary.none()),
            AttributeDef.ofPack(NAME, "timing_days", AttributeType.NUMERIC, "Timing", Optional.of("days after onset"),
                    Vocabulary.none()));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<AttributeDef> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<String> standardColumns() {
        return List.of("cell_type", "cell_source", "route", "dose_cells_per_kg", "timing_days");
    }

    @Override
    public Optional<AttributeValue> read(String attribute, ExtractedStudy s) {
        InterventionDetails t = s.intervention();
        return switch (attribute) {
            case "route" -> t.route().map(AttributeValue.Category::new);
            case "stage" -> s.stageAsGiven().map(StrokeStage::fromText)
                    .or(() -> StrokeStage.fromTimingDays(t.timingDays())).map(AttributeValue.Category::new);
            // The generic agent and origin are this pack's cell type and cell source.
            case "cell_source" -> t.origin().map(x -> new AttributeValue.Category(x.name().toLowerCase(Locale.ROOT)));
            case "cell_type" -> t.agent().map(AttributeValue.Category::new);
            case "dose_cells_per_kg" -> dose(s);
            case "timing_days" -> number(t.timingDays());
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> display(String attribute, ExtractedStudy s) {
        return switch (attribute) {
            case "dose_cells_per_kg" -> s.dosesPerKg().isEmpty()
                    ? TotalDose.perKg(s.intervention().doseAsGiven().orElse(""), s.bodyWeightKg())
                    .map(d -> "≈ " + cellsPerKg(d.cellsPerKg()) + " (from the printed total, "
                            + (d.weightAssumed() ? "assumed " : "trial's reported body weight ")
                            + plain(d.bodyWeightKg()) + " kg)")
                    : Optional.of(String.join(" | ", s.dosesPerKg().stream().map(StemCellStrokePack::cellsPerKg)
                    .toList()));
            case "timing_days" -> s.intervention().timingAsGiven();
            default -> AttributePack.super.display(attribute, s);
        };
    }

    /** The printed per-kg dose, which always wins; else one derived from a printed total (said so). */
    private static Optional<AttributeValue> dose(ExtractedStudy s) {
        OptionalDouble printed = s.intervention().dosePerKg();
        if (printed.isPresent()) {
            return number(printed);
        }
        if (!s.dosesPerKg().isEmpty()) {
            // Several per-kg doses (one per arm): no single value for the study.
            return Optional.empty();
        }
        return s.intervention().doseAsGiven().flatMap(text -> TotalDose.perKg(text, s.bodyWeightKg()))
                .map(d -> new AttributeValue.Number(d.cellsPerKg(), Optional.of(d.weightAssumed()
                        ? new AttributeValue.Derivation("dose per kg derived from the printed total dose at an "
                        + "assumed body weight of " + plain(TotalDose.ASSUMED_WEIGHT_KG) + " kg", Optional.empty())
                        : new AttributeValue.Derivation("dose per kg derived from the printed total dose at the "
                        + "trial's reported body weight", Optional.of(plain(d.bodyWeightKg()) + " kg")))));
    }

    private static Optional<AttributeValue> number(OptionalDouble v) {
        return v.isPresent() ? Optional.of(new AttributeValue.Number(v.getAsDouble(), Optional.empty()))
                : Optional.empty();
    }

    private static String cellsPerKg(double v) {
        return String.format(Locale.ROOT, "%s × 10^6 cells/kg", plain(BigDecimal.valueOf(v / 1e6)
                .round(new MathContext(3)).doubleValue()));
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

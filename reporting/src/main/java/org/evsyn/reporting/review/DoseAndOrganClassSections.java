package org.evsyn.reporting.review;

import org.evsyn.core.review.dose.DoseResponseResult;
import org.evsyn.core.review.organclass.OrganClassResult;
import org.evsyn.core.review.run.ReviewResult;
import org.evsyn.reporting.model.DoseResponseReport;
import org.evsyn.reporting.model.OrganClassReport;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.stats.dose.DoseModelFit;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Arranges the run's dose-response and organ-class results for the report; it computes nothing. */
final class DoseAndOrganClassSections {

    private DoseAndOrganClassSections() {
    }

    static List<DoseResponseReport> doseResponse(ReviewResult result) {
        List<DoseResponseReport> out = new ArrayList<>();
        for (int i = 0; i < result.doseResponse().size(); i++) {
            DoseResponseResult d = result.doseResponse().get(i);
            List<DoseResponseReport.Model> models = new ArrayList<>();
            for (DoseModelFit f : d.regression().map(r -> r.fits()).orElse(List.of())) {
                models.add(new DoseResponseReport.Model(f.scale().label(), f.fit(), f.knots(), f.curve()));
            }
            out.add(new DoseResponseReport(d.plan().outcome() + "-" + (i + 1), d.outcomeLabel(),
                    new ReportMeasure(EffectMeasure.valueOf(d.measure()), d.ratio()), d.doseLabel(),
                    d.points().stream().map(p -> new DoseResponseReport.Point(p.study(), p.dose(), p.yi(), p.vi()))
                            .toList(),
                    models,
                    d.plan().referenceLines().stream()
                            .map(l -> new DoseResponseReport.Reference(l.dose(), l.label())).toList(),
                    d.statements()));
        }
        return out;
    }

    static Optional<OrganClassReport> organClasses(ReviewResult result) {
        return result.organClasses().map((OrganClassResult o) -> new OrganClassReport(o.classes(),
                result.plan().model().level(), o.sources(), o.notes()));
    }
}

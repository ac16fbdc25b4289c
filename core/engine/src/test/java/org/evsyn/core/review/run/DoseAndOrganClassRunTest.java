package org.evsyn.core.review.run;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.dose.DoseResponseResult;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.organclass.OrganClassResult;
import org.evsyn.core.review.plan.ReviewPlanException;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.rob.Rob2SheetReader;
import org.evsyn.core.review.screening.ScreeningSheetReader;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;
import org.evsyn.ingest.IngestService;
import org.evsyn.stats.adverse.OrganClassPooled;
import org.evsyn.stats.dose.DoseModelFit;
import org.evsyn.stats.dose.DoseScale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A made-up review (TEST DATA, invented numbers) with a dose attribute in cells per kg for four of six trials and
 * adverse events by organ class in the outcomes sheet: the runner fits what the data allow and says what not.
 */
class DoseAndOrganClassRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ReviewRunner runner;
    private Path review;

    @BeforeEach
    void setUp() throws IOException {
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        runner = new ReviewRunner(injector.getInstance(EvidenceStoreFactory.class),
                injector.getInstance(IngestService.class), injector.getInstance(ReviewPlanReader.class),
                injector.getInstance(Rob2SheetReader.class), injector.getInstance(ScreeningSheetReader.class),
                injector.getInstance(ReviewEngine.class));
        review = dir.resolve("review");
        Files.createDirectories(review.resolve("extraction"));
        Files.writeString(review.resolve("extraction/trials.csv"),
                "trial,first_author,year,n_cell,n_control,x_dose\n"
                        + "A 2018,A,2018,40,40,1000000\n"
                        + "B 2019,B,2019,50,50,2000000\n"
                        + "C 2020,C,2020,30,30,5000000\n"
                        + "D 2021,D,2021,60,60,10000000\n"
                        + "E 2022,E,2022,45,45,\n"
                        + "F 2023,F,2023,35,35,\n");
        StringBuilder outcomes = new StringBuilder("trial,outcome,timepoint_days,arm,n,events\n");
        int[][] deaths = {{4, 6}, {5, 7}, {6, 5}, {9, 8}, {3, 5}, {2, 4}};
        String[] trials = {"A 2018", "B 2019", "C 2020", "D 2021", "E 2022", "F 2023"};
        int[] n = {40, 50, 30, 60, 45, 35};
        for (int i = 0; i < trials.length; i++) {
            outcomes.append(trials[i]).append(",death,90,cell,").append(n[i]).append(',').append(deaths[i][0])
                    .append('\n').append(trials[i]).append(",death,90,control,").append(n[i]).append(',')
                    .append(deaths[i][1]).append('\n');
            outcomes.append(trials[i]).append(",soc:Nervous system disorders,90,cell,").append(n[i]).append(',')
                    .append(3 + i).append('\n').append(trials[i]).append(",soc:Nervous system disorders,90,control,")
                    .append(n[i]).append(',').append(2 + i % 3).append('\n');
        }
        outcomes.append("A 2018,soc:Infections and infestations,90,cell,40,2\n"
                + "A 2018,soc:Infections and infestations,90,control,40,1\n");
        Files.writeString(review.resolve("extraction/outcomes.csv"), outcomes.toString());
        Files.writeString(review.resolve("review.json"), """
                {"id": "dose", "title": "Made-up dose review (test data)",
                 "question": {"population": "p", "intervention": "i", "comparator": "c", "outcomes": "o"},
                 "files": {"extraction": ["extraction/trials.csv", "extraction/outcomes.csv"]},
                 "outcomes": [{"name": "mortality", "synonyms": ["death"], "direction": "lower_is_better",
                               "measure": "RR", "timepoint": {"rule": "last"}}],
                 "attributes": [{"name": "dose", "type": "numeric", "label": "Dose", "unit": "cells/kg",
                                 "column": "x_dose"}],
                 "dose_response": [{"outcome": "mortality", "dose": "dose",
                                    "reference_lines": [{"dose": 5000000, "label": "ceiling"}]}],
                 "adverse_events_by_organ_class": {"sources": ["sheets"]}}
                """);
    }

    private ReviewResult run() {
        return runner.run(new ReviewRequest(review, org.evsyn.core.store.StoreLocation.file(dir.resolve("r.db")), ReviewMode.RUN, OpenOptions.forWriting(),
                "9.9-test", CLOCK));
    }

    @Test
    void doseModelsTheDataAllowAreFittedAndTheSplineIsSaidToNeedMoreStudies() {
        DoseResponseResult d = run().doseResponse().get(0);
        assertThat(d.points()).hasSize(4);
        assertThat(d.withoutDose()).containsExactlyInAnyOrder("E 2022", "F 2023");
        assertThat(d.doseLabel()).isEqualTo("Dose (cells/kg)");
        assertThat(d.plan().referenceLines()).singleElement().satisfies(l -> assertThat(l.label()).isEqualTo("ceiling"));
        assertThat(d.regression().orElseThrow().fits()).extracting(DoseModelFit::scale)
                .containsExactly(DoseScale.LINEAR, DoseScale.LOG10);
        assertThat(d.statements()).contains("4 of 6 studies with mortality data have Dose; without it: "
                        + "E 2022, F 2023.",
                "Not fitted: restricted cubic spline (3 knots) needs at least 5 studies with a dose; 4 have one.");
    }

    @Test
    void organClassesArePooledFromTheSheetsSocRows() {
        OrganClassResult o = run().organClasses().orElseThrow();
        assertThat(o.classes()).extracting(OrganClassPooled::organClass)
                .containsExactly("Nervous system disorders", "Infections and infestations");
        OrganClassPooled nervous = o.classes().get(0);
        assertThat(nervous.k()).isEqualTo(6);
        assertThat(nervous.studies().get(0).counts().treatEvents()).isEqualTo(3);
        assertThat(nervous.studies().get(0).rstudent()).isPresent();
        assertThat(nervous.notes()).contains("no Egger or Begg test: they need at least 10 studies, 6 studies have "
                + "this class");
        assertThat(o.classes().get(1).k()).isEqualTo(1);
        assertThat(o.sources()).containsExactly("extraction sheets (soc: rows): 7 study-class rows");
    }

    @Test
    void aDoseThatIsNotANumericAttributeIsRefusedWithItsField() throws IOException {
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"dose\": \"dose\"", "\"dose\": \"weight\""));
        assertThatThrownBy(this::run).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("dose_response[0].dose").hasMessageContaining("\"weight\"");
    }
}

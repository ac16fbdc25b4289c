package org.evsyn.core.review.registry;

import org.evsyn.core.domain.TrialRecord;

import static org.evsyn.core.review.registry.Trials.measure;
import static org.evsyn.core.review.registry.Trials.trial;

/**
 * Trial records holding numbers copied by hand from the ClinicalTrials.gov samples in the shared registry-samples
 * folder (file named per method); only the measures the tests use are copied, with titles, time frames, param and
 * dispersion types, group titles, denominators and values exactly as posted.
 */
final class Samples {

    private Samples() {
    }

    /** ctgov-v2-NCT05594173-results.json: a single-group chewing study with six stimulus groups and no arms. */
    static TrialRecord nct05594173() {
        return trial("NCT05594173")
                .intervention("Food texture modification")
                // Outcome measure 1 of the file.
                .outcome(measure("PRIMARY", "Number of Chewing Cycles Per Bolus", "Baseline (single timepoint only)",
                        "MEAN", "Standard Deviation", "number of chewing cycles")
                        .group("OG000", "Healthy Participants: Carrot")
                        .group("OG001", "Healthy Participants: Cracker")
                        .group("OG002", "Healthy Participants: Cracker With Barium Paste")
                        .group("OG003", "Healthy Participants: Gummy Candy")
                        .group("OG004", "Healthy Participants: Minced and Moist Barium Stimulus")
                        .group("OG005", "Healthy Participants: Soft and Bite-sized Barium Stimulus")
                        .spread("OG000", "14", "22", "11")
                        .spread("OG001", "14", "15", "6")
                        .spread("OG002", "14", "15", "4")
                        .spread("OG003", "14", "28", "13")
                        .spread("OG004", "14", "6", "3")
                        .spread("OG005", "14", "11", "4")
                        .build())
                // Outcome measure 2 of the file.
                .outcome(measure("PRIMARY", "Total Chewing Duration Per Bolus", "Baseline (single timepoint only)",
                        "MEAN", "Standard Deviation", "seconds")
                        .group("OG000", "Healthy Participants: Carrot")
                        .group("OG001", "Healthy Participants: Cracker")
                        .spread("OG000", "14", "14.7", "5.4")
                        .spread("OG001", "14", "13", "4.3")
                        .build())
                .build();
    }

    /** ctgov-v2-NCT02210780-results.json: dupilumab vs placebo; both arms registered as EXPERIMENTAL. */
    static TrialRecord nct02210780() {
        return trial("NCT02210780")
                .arm("Placebo qw", "EXPERIMENTAL", "Drug: Placebo")
                .arm("Dupilumab 300 mg qw", "EXPERIMENTAL", "Drug: Dupilumab")
                .intervention("Dupilumab", "Dupilumab 300 mg qw")
                .intervention("Placebo", "Placebo qw")
                .outcome(measure("SECONDARY", "Percentage of Participants Achieving an Investigator's Global "
                        + "Assessment (IGA) Score of \"0\" or \"1\" at Week 16", "Week 16", "NUMBER", "",
                        "Percentage of participants")
                        .group("OG000", "Placebo qw").group("OG001", "Dupilumab 300 mg qw")
                        .value("OG000", "97", "10.3").value("OG001", "97", "44.3")
                        .build())
                .outcome(measure("SECONDARY", "Change From Baseline in Peak Weekly Averaged Pruritis Numerical "
                        + "Rating Scale (NRS) Scores at Week 16", "Baseline to Week 16", "LEAST_SQUARES_MEAN",
                        "Standard Error", "Units on a scale")
                        .group("OG000", "Placebo qw").group("OG001", "Dupilumab 300 mg qw")
                        .spread("OG000", "90", "-2.11", "0.259")
                        .spread("OG001", "94", "-4.24", "0.250")
                        .build())
                // Class-level denominators (79 and 87) as posted in each class's denoms.
                .outcome(measure("SECONDARY", "Change From Baseline in Global Individual Signs Score (GISS) "
                        + "Components (Erythema, Infiltration/Papulation, Excoriations and Lichenification) at Week 16",
                        "Baseline to Week 16", "LEAST_SQUARES_MEAN", "Standard Error", "Units on a scale")
                        .group("OG000", "Placebo qw").group("OG001", "Dupilumab 300 mg qw")
                        .inClass("Erythema").spread("OG000", "79", "-0.4", "0.08").spread("OG001", "87", "-0.9", "0.08")
                        .inClass("Infiltration/Papulation").spread("OG000", "79", "-0.4", "0.08")
                        .spread("OG001", "87", "-1.1", "0.08")
                        .inClass("Excoriations").spread("OG000", "79", "-0.5", "0.09")
                        .spread("OG001", "87", "-1.2", "0.08")
                        .inClass("Lichenification").spread("OG000", "79", "-0.4", "0.09")
                        .spread("OG001", "87", "-1.0", "0.09")
                        .build())
                .outcome(measure("SECONDARY", "Changes From Baseline in GISS Cumulative Score to Week 16",
                        "Baseline to Week 16", "LEAST_SQUARES_MEAN", "Standard Error", "Units on a scale")
                        .group("OG000", "Placebo qw").group("OG001", "Dupilumab 300 mg qw")
                        .spread("OG000", "97", "-1.7", "0.28").spread("OG001", "97", "-4.1", "0.28")
                        .build())
                .build();
    }

    /** ctgov-v2-NCT02552212-results.json: certolizumab pegol vs placebo (PLACEBO_COMPARATOR arm). */
    static TrialRecord nct02552212() {
        return trial("NCT02552212")
                .arm("Certolizumab Pegol 200 mg Q2W", "EXPERIMENTAL", "Biological: Certolizumab Pegol")
                .arm("Placebo", "PLACEBO_COMPARATOR", "Other: Placebo")
                .intervention("Certolizumab Pegol", "Certolizumab Pegol 200 mg Q2W")
                .intervention("Placebo", "Placebo")
                .outcome(pkWeek4())
                .outcome(measure("PRIMARY", "Certolizumab Pegol Plasma Concentration at Follow-Up (FU) Visit",
                        "Follow-up Visit (up to Week 60)", "GEOMETRIC_MEAN", "95% Confidence Interval", "µg/mL")
                        .group("OG000", "CZP 200 mg Q2W (SS)").group("OG001", "Placebo->OL CZP (SS)")
                        .limits("OG000", "17", "0.2", "0.1", "0.7")
                        .cell("OG001", "10", "NA", "", "NA", "NA", "Values were below the level of quantification.")
                        .build())
                .outcome(measure("SECONDARY", "Change From Baseline to Week 12 in the Bath Ankylosing Spondylitis "
                        + "Functional Index (BASFI)", "From Baseline to Week 12", "LEAST_SQUARES_MEAN",
                        "Standard Error", "scores on a scale")
                        .group("OG000", "Placebo (FAS)").group("OG001", "CZP 200 mg Q2W (FAS)")
                        .spread("OG000", "158", "-0.38", "0.21").spread("OG001", "159", "-2.07", "0.20")
                        .build())
                .outcome(measure("SECONDARY", "Change From Baseline to Week 52 in the Bath Ankylosing Spondylitis "
                        + "Functional Index (BASFI)", "From Baseline to Week 52", "LEAST_SQUARES_MEAN",
                        "Standard Error", "scores on a scale")
                        .group("OG000", "Placebo (FAS)").group("OG001", "CZP 200 mg Q2W (FAS)")
                        .spread("OG000", "158", "-1.44", "0.30").spread("OG001", "159", "-3.03", "0.24")
                        .build())
                .outcome(measure("SECONDARY", "Change From Baseline in ASQoL at Week 12", "From Baseline to Week 12",
                        "MEAN", "Standard Deviation", "scores on a scale")
                        .group("OG000", "Placebo (FAS)").group("OG001", "CZP 200 mg Q2W (FAS)")
                        .spread("OG000", "158", "-0.08", "0.22").spread("OG001", "156", "-0.28", "0.26")
                        .build())
                .outcome(measure("SECONDARY", "Number of Subjects With Anterior Uveitis (AU) or New AU Flares "
                        + "Through Week 52", "Throughout the study conduct (up to Week 52)", "COUNT_OF_PARTICIPANTS",
                        "", "Participants")
                        .group("OG000", "Placebo (FAS)").group("OG001", "CZP 200 mg Q2W (FAS)")
                        .value("OG000", "158", "8").value("OG001", "159", "4")
                        .build())
                .build();
    }

    /** The posted "Certolizumab Pegol Plasma Concentration at Week 4" measure of NCT02552212 (geometric means). */
    static Trials.MeasureBuilder pkWeek4Builder(String paramType) {
        return measure("PRIMARY", "Certolizumab Pegol Plasma Concentration at Week 4", "Week 4", paramType,
                "95% Confidence Interval", "µg/mL")
                .group("OG000", "CZP 200 mg Q2W (SS)").group("OG001", "Placebo->OL CZP (SS)")
                .limits("OG000", "155", "54.6", "51.4", "58.0")
                .limits("OG001", "93", "48.8", "42.2", "56.4");
    }

    private static org.evsyn.core.domain.ResultMeasure pkWeek4() {
        return pkWeek4Builder("GEOMETRIC_MEAN").build();
    }

    /** ctgov-v2-NCT00763412-results.json: repaglinide vs placebo, outcomes posted as MEAN with "Full Range". */
    static TrialRecord nct00763412() {
        return trial("NCT00763412")
                .arm("1 Placebo", "PLACEBO_COMPARATOR", "Drug: placebo")
                .arm("2. repaglinide", "EXPERIMENTAL", "Drug: repaglinide")
                .intervention("placebo", "1 Placebo")
                .intervention("repaglinide", "2. repaglinide")
                .outcome(measure("PRIMARY", "BMI", "2 year/end of study", "MEAN", "Full Range", "Kg/m^2")
                        .group("OG000", "1 Placebo").group("OG001", "2. Repaglinide")
                        .limits("OG000", "4", "19.63", "15.56", "22.64")
                        .limits("OG001", "4", "21.19", "20.78", "21.8")
                        .build())
                .build();
    }
}

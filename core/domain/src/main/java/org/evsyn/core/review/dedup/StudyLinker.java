package org.evsyn.core.review.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.Registration;

/**
 * Finds the registrations and papers that report a study: a registration whose trial id or secondary id is one of
 * the study's registry ids, and a paper that cites one of them (registry ids found in its abstract, databank
 * fields or identifiers). Registry ids are compared without regard to case, EudraCT numbers with or without their
 * label.
 */
public final class StudyLinker {

    /**
     * The records of one study.
     *
     * @param trialIds       trial ids of the linked registrations
     * @param literatureKeys natural keys of the linked papers
     */
    public record Links(List<String> trialIds, List<String> literatureKeys) {
        public Links {
            trialIds = List.copyOf(trialIds);
            literatureKeys = List.copyOf(literatureKeys);
        }
    }

    /**
     * @param studyRegistryIds the registry ids the study's extraction names
     * @param registrations    candidate registrations
     * @param literature       candidate papers by natural key
     */
    public Links link(List<String> studyRegistryIds, List<Registration> registrations,
                      Map<String, LiteratureRecord> literature) {
        Set<String> ids = new HashSet<>();
        studyRegistryIds.forEach(id -> ids.add(normal(id)));
        List<String> trialIds = new ArrayList<>();
        for (Registration r : registrations) {
            boolean named = ids.contains(normal(r.trialId()))
                    || r.secondaryIds().stream().anyMatch(s -> ids.contains(normal(s.id())));
            if (named && !trialIds.contains(r.trialId())) {
                trialIds.add(r.trialId());
            }
        }
        // A paper citing a secondary id of a linked registration (e.g. its EudraCT number) reports the trial too.
        for (Registration r : registrations) {
            if (trialIds.contains(r.trialId())) {
                ids.add(normal(r.trialId()));
                r.secondaryIds().forEach(s -> ids.add(normal(s.id())));
            }
        }
        List<String> keys = new ArrayList<>();
        literature.forEach((key, paper) -> {
            if (paper.registryIds().stream().anyMatch(id -> ids.contains(normal(id)))) {
                keys.add(key);
            }
        });
        return new Links(trialIds, keys);
    }

    // Ids found in text carry EudraCT numbers with their label ("EudraCT 2012-005749-18", as the ingest adapters
    // normalise them); registries list the bare number as a secondary id. Compare the bare number.
    private static String normal(String id) {
        String up = id.trim().toUpperCase(Locale.ROOT);
        return up.startsWith("EUDRACT") ? up.substring("EUDRACT".length()).strip() : up;
    }
}

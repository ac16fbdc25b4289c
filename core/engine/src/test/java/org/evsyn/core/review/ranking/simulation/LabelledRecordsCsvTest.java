package org.evsyn.core.review.ranking.simulation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelledRecordsCsvTest {

    private static final String HEADER = "record_id,pubmedID,title,keywords,authors,abstract,"
            + "label_abstract_screening,label_included\n";

    @Test
    void readsTitleAbstractAndTheChosenLabel() throws IOException {
        String csv = HEADER + "1,11,\"A trial, randomised\",k,a,\"Line one\nline two\",1,0\n"
                + "2,12,No abstract,k,a,,0,0\n";
        List<LabelledRecord> abstracts = LabelledRecordsCsv.read(new StringReader(csv), "t.csv", LabelLevel.ABSTRACT);
        assertThat(abstracts).hasSize(2);
        assertThat(abstracts.get(0).text().title()).isEqualTo("A trial, randomised");
        assertThat(abstracts.get(0).text().abstractText()).isEqualTo("Line one\nline two");
        assertThat(abstracts.get(0).relevant()).isTrue();
        assertThat(abstracts.get(1).text().abstractText()).isEmpty();
        List<LabelledRecord> included = LabelledRecordsCsv.read(new StringReader(csv), "t.csv", LabelLevel.INCLUDED);
        assertThat(included.get(0).relevant()).isFalse();
    }

    @Test
    void aLabelOtherThanZeroOrOneNamesFileRecordAndField() {
        String csv = HEADER + "1,11,T,k,a,A,1,0\n7,12,T,k,a,A,yes,0\n";
        assertThatThrownBy(() -> LabelledRecordsCsv.read(new StringReader(csv), "t.csv", LabelLevel.ABSTRACT))
                .isInstanceOf(UnreadableDataset.class)
                .hasMessage("t.csv, record 2 (record_id 7), field label_abstract_screening: expected 0 or 1, "
                        + "found 'yes'");
    }

    @Test
    void aMissingColumnIsNamed() {
        String csv = "record_id,title,label_included\n1,T,1\n";
        assertThatThrownBy(() -> LabelledRecordsCsv.read(new StringReader(csv), "t.csv", LabelLevel.INCLUDED))
                .isInstanceOf(UnreadableDataset.class)
                .hasMessageStartingWith("t.csv, record 1: no column abstract");
    }

    @Test
    void aRepeatedIdIsRefused() {
        String csv = HEADER + "1,11,T,k,a,A,1,0\n1,12,T,k,a,A,0,0\n";
        assertThatThrownBy(() -> LabelledRecordsCsv.read(new StringReader(csv), "t.csv", LabelLevel.ABSTRACT))
                .isInstanceOf(UnreadableDataset.class)
                .hasMessage("t.csv, record 2, field record_id: id 1 appears twice");
    }

    @Test
    void readsTheBundledGzippedDatasets() {
        List<LabelledRecord> nsaids = CohenDatasets.read("NSAIDS", LabelLevel.INCLUDED);
        assertThat(nsaids).hasSize(393);
        assertThat(nsaids.stream().filter(LabelledRecord::relevant).count()).isEqualTo(41);
        assertThat(CohenDatasets.read("NSAIDS", LabelLevel.ABSTRACT).stream().filter(LabelledRecord::relevant)
                .count()).isEqualTo(88);
    }
}

package org.evsyn.ingest.literature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoisTest {

    @Test
    void normalisesPrefixesAndCase() {
        assertThat(Dois.normalise("https://doi.org/10.1038/527S101a")).contains("10.1038/527s101a");
        assertThat(Dois.normalise("http://dx.doi.org/10.4236/OJF.2020.101008")).contains("10.4236/ojf.2020.101008");
        assertThat(Dois.normalise("doi: 10.1000/x.")).contains("10.1000/x");
        assertThat(Dois.normalise("S0048-9697(17)30912-9")).isEmpty();
    }

    @Test
    void findsDoisInLinks() {
        assertThat(Dois.fromUrl("https://www.scopus.com/inward/record.uri?eid=2&doi=10.1080%2f20964129.2020.1722034&x=1"))
                .contains("10.1080/20964129.2020.1722034");
        assertThat(Dois.fromUrl("https://royalsocietypublishing.org/doi/full/10.1098/rspb.2019.1969"))
                .contains("10.1098/rspb.2019.1969");
        assertThat(Dois.fromUrl("https://www.scirp.org/html/8-1620633_97627.htm")).isEmpty();
    }

    @Test
    void aMalformedEscapeInTheDoiParameterGivesNoDoiInsteadOfAnError() {
        // Found by fuzzing the RIS adapter: URLDecoder throws on "%" not followed by two hex digits.
        assertThat(Dois.fromUrl("https://example.org/record?doi=%\uFEFF2")).isEmpty();
        assertThat(Dois.fromUrl("https://doi.org/10.1000/xyz?doi=%zz")).contains("10.1000/xyz?doi=%zz");
    }
}

package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlHeadTest {

    @Test
    void findsTheRootAfterTheProlog() {
        assertThat(XmlHead.rootName("<?xml version=\"1.0\"?>\r\n<!-- note -->\n<clinical_study>"))
                .contains("clinical_study");
        assertThat(XmlHead.rootName("<?xml version='1.0' encoding='UTF-8' ?><Trials_downloaded_from_ICTRP>\r\n"))
                .contains("Trials_downloaded_from_ICTRP");
        assertThat(XmlHead.rootName("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<a/>")).contains("a");
        assertThat(XmlHead.rootName("<root attr=\"1\">")).contains("root");
    }

    @Test
    void answersEmptyForAnythingElse() {
        assertThat(XmlHead.rootName("NCT Number,Study Title")).isEmpty();
        assertThat(XmlHead.rootName("<?xml version=\"1.0\"")).isEmpty();
        assertThat(XmlHead.rootName("<!-- never closed")).isEmpty();
        assertThat(XmlHead.rootName("")).isEmpty();
        assertThat(XmlHead.rootName("<clinical_stu")).isEmpty();
    }
}

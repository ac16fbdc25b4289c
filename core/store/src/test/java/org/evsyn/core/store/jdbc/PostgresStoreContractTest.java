package org.evsyn.core.store.jdbc;


import org.evsyn.core.store.contract.AnalysisRunsContract;
import org.evsyn.core.store.contract.ImportContract;
import org.evsyn.core.store.contract.ImportTogetherContract;
import org.evsyn.core.store.contract.RegistryVersionsContract;
import org.evsyn.core.store.contract.ReviewDecisionsContract;
import org.evsyn.core.store.contract.RoundTripContract;
import org.evsyn.core.store.contract.PostgresHarness;
import org.evsyn.core.store.contract.StoreHarness;
import org.evsyn.core.store.contract.TeamScreeningContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The PostgreSQL store passes the store contract: every contract class, each test on fresh databases of the test server (skipped without one, see PostgresHarness). */
class PostgresStoreContractTest {

    private PostgresHarness harness;

    /**
     * Skips every nested contract at once without a server: a skip in each test's own set-up would leave the
     * contract's store unopened for its tear-down, which then fails on it.
     */
    @org.junit.jupiter.api.BeforeAll
    static void needsAServer() {
        String locator = System.getenv(PostgresHarness.ENV);
        org.junit.jupiter.api.Assumptions.assumeTrue(locator != null && !locator.isBlank(),
                PostgresHarness.ENV + " is not set: the PostgreSQL contract needs a server");
    }

    @BeforeEach
    void connect() {
        harness = PostgresHarness.create();
    }

    @AfterEach
    void dropDatabases() {
        if (harness != null) {
            harness.close();
        }
    }

    private StoreHarness harness() {
        return harness;
    }

    @Nested
    class RoundTrip extends RoundTripContract {
        @Override
        protected StoreHarness harness() {
            return PostgresStoreContractTest.this.harness();
        }
    }

    @Nested
    class Imports extends ImportContract {
        @Override
        protected StoreHarness harness() {
            return PostgresStoreContractTest.this.harness();
        }
    }

    @Nested
    class ImportsTogether extends ImportTogetherContract {
        @Override
        protected StoreHarness harness() {
            return PostgresStoreContractTest.this.harness();
        }
    }

    @Nested
    class RegistryVersions extends RegistryVersionsContract {
        @Override
        protected StoreHarness harness() {
            return PostgresStoreContractTest.this.harness();
        }
    }

    @Nested
    class ReviewDecisions extends ReviewDecisionsContract {
        @Override
        protected StoreHarness harness() {
            return PostgresStoreContractTest.this.harness();
        }
    }

    @Nested
    class AnalysisRuns extends AnalysisRunsContract {
        @Override
        protected StoreHarness harness() {
            return PostgresStoreContractTest.this.harness();
        }
    }

    @Nested
    class TeamScreening extends TeamScreeningContract {
        @Override
        protected StoreHarness harness() {
            return PostgresStoreContractTest.this.harness();
        }
    }
}

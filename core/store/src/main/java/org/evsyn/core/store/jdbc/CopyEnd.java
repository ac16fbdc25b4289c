package org.evsyn.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** One end of a copy: a store of either database that lends its connection for one transaction. */
interface CopyEnd {

    /** Work on a connection inside a transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction of the store: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String doing, Work<T> work);

    /** True for PostgreSQL (identity sequences to move on after explicit ids). */
    boolean postgres();
}

package org.evsyn.core.store.jdbc;

import java.util.function.Function;

import org.jooq.DSLContext;

/** Runs a body in one transaction of a store: committed when it returns, rolled back when it throws. */
interface TransactionRunner {

    /**
     * @param doing     what failed, for the message of a failure of the store itself
     * @param serialKey what the body reads and then writes (e.g. one review's screening decisions): bodies with the
     *                  same key run one after another on a store that other processes write at once, so none
     *                  decides on what another is changing
     */
    <T> T run(String doing, String serialKey, Function<DSLContext, T> body);
}

package org.evsyn.cli.serve;

import org.evsyn.core.review.team.TeamScreening;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/** Runs the server until the process is stopped; the only path from the command to the web server's classes. */
final class ServeSession {

    private ServeSession() {
    }

    /**
     * Serves until the process is stopped; then closes the server and {@code store}, in that order, so no request
     * is cut off half-way through a write.
     */
    static void serve(TeamScreening team, ScreeningSettings settings, String bind, int port, AutoCloseable store,
                      PrintWriter out, PrintWriter err) throws InterruptedException {
        if (!loopback(bind)) {
            err.println("evsyn: warning: serving on " + bind + ", beyond this machine, over plain HTTP: tokens and "
                    + "decisions cross the network unencrypted; put a TLS proxy in front");
        }
        ScreeningServer server = ScreeningServer.start(team, settings, bind, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                server.close();
                store.close();
            } catch (Exception e) {
                err.println("evsyn: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "evsyn-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Screening at " + server.url() + " (Ctrl-C stops)");
        out.flush();
        stopped.await();
    }

    private static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: cannot resolve '" + bind + "'", e);
        }
    }
}

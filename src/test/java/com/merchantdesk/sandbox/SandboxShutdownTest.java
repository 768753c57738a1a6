package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.store.StoreException;
import com.merchantdesk.store.WriteWait;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.testsupport.TestTimeouts;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graceful stop of the server: a request in flight when {@link SandboxServer#close()} starts gets its whole answer,
 * new requests are turned away meanwhile and refused once it is stopped, and the database is closed. The request is
 * held in flight deterministically: the test holds the database's write lock until the request is known to wait
 * for it (the database tells its write-wait listener), and lets go only once the stop has begun.
 */
class SandboxShutdownTest {

    @TempDir
    Path folder;

    SandboxFixture sandbox;
    URI base;
    Thread holder;
    /** Threads of their own for the request in flight and the stop, which both block (a shared pool may have one). */
    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        if (holder != null) {
            holder.interrupt();
            holder.join(TestTimeouts.safetyMillis());
        }
        sandbox.close();
        threads.shutdownNow();
    }

    @Test
    void aRequestInFlightFinishesThenNewOnesAreRefusedAndTheDatabaseIsClosed() throws Exception {
        // A limit no probe reaches: the probes below ask as fast as they can until the stop has begun.
        sandbox = new SandboxFixture(folder, options -> options.withRate(1_000_000, 1_000_000));
        base = sandbox.server.baseUri();
        CountDownLatch lockHeld = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        CountDownLatch requestWaits = new CountDownLatch(1);
        sandbox.db().setWriteWaitListener(new WriteWaitListener() {
            @Override
            public void waiting(WriteWait wait) { requestWaits.countDown(); }
        });
        holder = new Thread(() -> sandbox.db().write(c -> {
            lockHeld.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), "test-holds-the-write-lock");
        holder.start();
        assertThat(lockHeld.await(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS)).isTrue();

        String deskId = Bodies.id();
        CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(() -> sandbox.alpha.post("/v1/desks", Bodies.desk(deskId)),
                threads);
        assertThat(requestWaits.await(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS))
                .as("the desk's registration waits for the write lock inside the server").isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(sandbox.server::close, threads);
        int turnedAway = awaitTurnedAway();
        assertThat(turnedAway).as("a new request while the stop waits for the one in flight").isEqualTo(503);
        assertThat(inFlight).as("the request in flight is still waiting").isNotDone();
        assertThat(closing).as("the stop waits for the request in flight").isNotDone();

        letGo.countDown();
        Reply reply = inFlight.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);
        closing.get(TestTimeouts.safetyMillis(), TimeUnit.MILLISECONDS);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("desk_id").asText()).isEqualTo(deskId);
        assertThat(reply.json().path("desk_code").asText()).isNotBlank();
        assertThat(sandbox.log).anyMatch(line -> line.contains("POST /v1/desks 201"));
        assertThatThrownBy(() -> probe()).as("no new connection once stopped").isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> sandbox.db().read(c -> 1)).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }

    @Test
    void closingAnIdleServerIsQuickAndTwiceIsHarmless() throws Exception {
        sandbox = new SandboxFixture(folder);
        base = sandbox.server.baseUri();
        assertThat(sandbox.alpha.get("/v1/account").status()).isEqualTo(200);

        sandbox.server.close();
        sandbox.server.close();

        assertThatThrownBy(() -> probe()).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> sandbox.db().read(c -> 1)).isInstanceOf(StoreException.class);
    }

    /** Asks until the server turns a new request away (the stop has begun); returns that answer's status. */
    private int awaitTurnedAway() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TestTimeouts.SAFETY.toNanos();
        while (System.nanoTime() < deadline) {
            int status = probe();
            if (status != 200) {
                return status;
            }
        }
        throw new AssertionError(TestTimeouts.timedOut("the server turns new requests away"));
    }

    /** A new connection's GET of the account (a plain client: a turned-away answer is not in the API document). */
    private int probe() throws IOException, InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(TestTimeouts.SAFETY).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/account"))
                .timeout(TestTimeouts.SAFETY).header("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN).build();
        return fresh.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

/**
 * A seeded contact-centre traffic simulator: a discrete-event simulation that emits the events a
 * phone switch would, for demos, tests, replays and benchmarks.
 *
 * <p>{@link io.callsight.ingest.sim.Simulation} runs a {@link
 * io.callsight.ingest.sim.SimulationConfig} (queues, agent teams, agent behaviour, callers; named
 * ones in {@link io.callsight.ingest.sim.Profiles}) with a seed and a {@link
 * io.callsight.ingest.sim.Pacer}, and reports {@link io.callsight.ingest.sim.SimulatedCallEvent}s
 * and {@link io.callsight.ingest.sim.SimulatedAgentEvent}s — raw caller numbers included — to a
 * {@link io.callsight.ingest.sim.SimulationOutput}: {@link
 * io.callsight.ingest.sim.CanonicalEventWriter} hashes the numbers and writes canonical events to
 * an {@code EventSink}; {@link io.callsight.ingest.sim.QueueLogWriter} writes an Asterisk
 * queue_log. {@link io.callsight.ingest.sim.SimulateService} is what {@code callsight simulate}
 * runs.
 *
 * <p>The model: each queue's calls arrive as a Poisson process whose rate follows its daily curve
 * (drawn by thinning); a caller waits until answered or until their patience (log-normal) or the
 * queue's maximum wait runs out. A waiting call is offered at once to the longest-idle ready agent
 * of its queue; an agent who frees up takes the oldest call waiting in any of their queues. Agents
 * work daily shifts with planned breaks, miss a few rings (and are then paused), talk for a
 * log-normal time with holds, end or transfer the call (a transfer to a queue re-enters it under
 * the same call id) and do after-call work. Durations are always the differences of event times.
 *
 * <p>Determinism: one {@code SplittableRandom} is split per queue (arrivals, callers' behaviour),
 * per agent and for the caller population, in configuration order, so changing the staff leaves the
 * arrivals as they were; ties in time run in the order they were scheduled.
 *
 * <p>Speed: the parties own and reuse their timers; near timers sit on a millisecond wheel, far
 * ones on a heap; events are small records. Only a call allocates (its id, number and state).
 */
package io.callsight.ingest.sim;

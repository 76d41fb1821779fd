/**
 * The Asterisk Manager Interface (AMI) adapter: {@link io.callsight.ingest.ami.AmiIngest} runs
 * {@link io.callsight.ingest.ami.AmiAdapter} (asterisk-java's connection) into Kafka, and {@link
 * io.callsight.ingest.ami.AmiEventMapper} turns manager events into canonical events.
 *
 * <p>How AMI events map (Asterisk 12–22 names; the 1.8/11 names in brackets map the same way):
 *
 * <ul>
 *   <li>QueueCallerJoin [Join] → QUEUED with the hashed caller and position; QueueEntry in the
 *       QueueStatus answer → QUEUED for calls already waiting at connect (same event id, so a
 *       repeat is a duplicate).
 *   <li>AgentCalled → RINGING; AgentRingNoAnswer → RING_NO_ANSWER (its RingTime is already in
 *       milliseconds); AgentConnect → ANSWERED (HoldTime is the wait, RingTime the ring).
 *   <li>AgentComplete → ENDED (Reason caller/agent gives endedBy; TalkTime less the holds is the
 *       talk) or, with Reason transfer, TRANSFERRED unless a transfer event already wrote it.
 *   <li>Hold/Unhold [Hold with Status], MusicOnHoldStart/Stop [MusicOnHold with State] on an
 *       answered call → HOLD_START/HOLD_END; the pair one hold raises counts once.
 *   <li>BlindTransfer, AttendedTransfer [Transfer] → TRANSFERRED with kind and target.
 *   <li>Leaving unanswered: Asterisk raises QueueCallerAbandon for time-outs and empty-queue exits
 *       as well as for callers hanging up, and raises no reason with QueueCallerLeave. So the exit
 *       waits for its reason: VarSet QUEUESTATUS=TIMEOUT → TIMEOUT, LEAVEEMPTY/LEAVEUNAVAIL →
 *       EXIT_EMPTY, WITHDRAW → WITHDRAWN; a hang-up (request) on the caller's channel → ABANDONED;
 *       nothing within the wait → ABANDONED after QueueCallerAbandon (as Asterisk counts it), else
 *       EXIT_WITH_KEY (the one way to leave with neither).
 *   <li>QueueMemberAdded/Removed → LOGIN (+ READY/NOT_READY)/LOGOUT for that queue;
 *       QueueMemberPause [QueueMemberPaused] → NOT_READY with the reason, or READY;
 *       AgentLogin/AgentLogoff → LOGIN/ LOGOUT for every queue; QueueMember in the QueueStatus
 *       answer → LOGIN + READY/NOT_READY.
 * </ul>
 */
package io.callsight.ingest.ami;

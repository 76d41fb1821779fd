/**
 * Synthetic speech material, made by code rather than shipped as files: calls of tone bursts at
 * known times, WAV files in the codecs switches record, and a toy Vosk model that the real libvosk
 * runs. The tests, the speech benchmark and demos use it; nothing in production does.
 */
package io.callsight.speech.synthetic;

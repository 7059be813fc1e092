/**
 * The instant-runoff family, counted as RCTab counts them (docs/counting.md): {@link
 * org.scrutineer.count.method.irv.InstantRunoff} (one seat), {@link
 * org.scrutineer.count.method.irv.SequentialIrv} (RCTab "multi-pass IRV") and {@link
 * org.scrutineer.count.method.irv.BottomsUp} (RCTab "bottoms-up"). All three run the same rounds
 * ({@code Runoff}); they differ only in when a pass stops and who it elects.
 */
package org.scrutineer.count.method.irv;

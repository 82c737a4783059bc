#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| civic_stats_fuzz::chart(data));

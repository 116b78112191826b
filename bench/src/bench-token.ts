// The owner token the benchmark's server is bootstrapped with; a fixed value keeps runs comparable.
export const BENCH_TOKEN = 'fd_bench_token_0123456789abcdefghij';

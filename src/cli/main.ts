// The `foi` command line.
console.error('foi: not yet implemented');
process.exit(2);

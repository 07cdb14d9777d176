# a big int formatted as a float converts the way mpz_as_float does (16-bit digits folded in
# with double arithmetic), which is not always the nearest double
for x in [-724673223175421372479, 3277085890659301033676374736567, 850236956012684346485,
          57608923716698457904516627, -7139660859713413219621, 2**70 + 1, 10**30]:
    print('{:f}'.format(x), '{:.17g}'.format(x), '{:%}'.format(x), '%f' % x, '%.17e' % x)

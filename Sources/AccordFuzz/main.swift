// Fuzz driver: see Fuzz/README.md. Placeholder until the fuzz targets land.
print("AccordFuzz: no targets yet")

# Float arithmetic in a tight loop (Mandelbrot-style iteration).
count = 0
for py in range(80):
    for px in range(120):
        x0 = px / 40.0 - 2.0
        y0 = py / 40.0 - 1.0
        x = 0.0
        y = 0.0
        n = 0
        while n < 50 and x * x + y * y < 4.0:
            x, y = x * x - y * y + x0, 2.0 * x * y + y0
            n += 1
        count += n
print(count)

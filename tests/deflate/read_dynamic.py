# A dynamic-Huffman block (zlib level 9 over 834 bytes of words).
import deflate, io, binascii

Z = bytes.fromhex(
    "78da7552d10ec32008fc157f0d53b336d5d564dd8b5f3fe54420db12838483e3404faa9542aaaf235fcf50de"
    "a1a59bc6dd4fa612370ac7d52394eb4ee1de07baa5dced44013ca8140a71a04c601387c71c0c9fdc10086a7b"
    "274d1425201c11430d170cb0e883382c3861410b6b73a44953912c708e342f5bf753239a3049fad341372211"
    "ab1e04f067537981686b1c0146963cb4436c2176135eac94a5b57d1e5c55de5e1b2857ad7d00ec23ea0a91db"
    "d673abe7a59b6fb0e43891c9f32a0f8accdcaeb893e93793e05c6bfbfe5b9c36e1f5c8fd78b10b8134a35d16"
    "f7017edc2db6"
)
text = deflate.DeflateIO(io.BytesIO(Z)).read()
print(len(text), binascii.crc32(text))
print(text[:60])
print(text.split()[-5:])

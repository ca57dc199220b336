"""Image playground: adjust a photo (yours, or a generated sample) with NumPy and Pillow."""

import io

import numpy as np
import streamlit as st
from PIL import Image, ImageFilter

st.set_page_config(page_title="Image playground", page_icon="🖼️", layout="wide")


@st.cache_data
def sample_image(width: int = 360, height: int = 240) -> np.ndarray:
    """A sunset: a sky gradient, a sun and hills, drawn with NumPy."""
    y, x = np.mgrid[0:height, 0:width]
    sky = np.stack([255 - y * 0.3, 140 + y * 0.25, 90 + y * 0.5], axis=-1)
    sun = (x - width * 0.7) ** 2 + (y - height * 0.45) ** 2 < (height * 0.13) ** 2
    sky[sun] = (255, 224, 120)
    hills = y > height * 0.68 + 18 * np.sin(x / 37) + 10 * np.cos(x / 13)
    sky[hills] = np.stack([40 + 0 * x, 90 + y * 0.2, 60 + 0 * x], axis=-1)[hills]
    return np.clip(sky, 0, 255).astype(np.uint8)


st.title("🖼️ Image playground")
uploaded = st.file_uploader("Upload a photo", type=["png", "jpg", "jpeg"])
original = np.asarray(Image.open(uploaded).convert("RGB")) if uploaded else sample_image()

with st.sidebar:
    st.header("Adjustments")
    brightness = st.slider("Brightness", -100, 100, 0)
    contrast = st.slider("Contrast", 0.2, 3.0, 1.0, step=0.1)
    blur = st.slider("Blur radius", 0, 10, 0)
    grayscale = st.toggle("Black and white")
    invert = st.toggle("Invert colours")
    tint = st.color_picker("Tint", "#ffffff", help="Multiplies the colours; white leaves them as they are.")

image = original.astype(np.float64)
image = (image - 128) * contrast + 128 + brightness
image *= np.array([int(tint[i:i + 2], 16) / 255 for i in (1, 3, 5)])
if grayscale:
    image = image @ np.array([0.299, 0.587, 0.114])
    image = np.repeat(image[..., None], 3, axis=-1)
image = np.clip(image, 0, 255).astype(np.uint8)
if blur:
    image = np.asarray(Image.fromarray(image).filter(ImageFilter.GaussianBlur(blur)))
if invert:
    image = 255 - image

before, after = st.columns(2)
before.image(original, caption="Original", use_container_width=True)
after.image(image, caption="Adjusted", use_container_width=True)

height, width = image.shape[:2]
stats = st.columns(3)
stats[0].metric("Size", f"{width} × {height}")
stats[1].metric("Mean brightness", f"{image.mean():.1f}", f"{image.mean() - original.mean():+.1f}")
stats[2].metric("Dark pixels", f"{(image.mean(axis=-1) < 64).mean():.0%}")

buffer = io.BytesIO()
Image.fromarray(image).save(buffer, format="PNG")
st.download_button("Download PNG", buffer.getvalue(), file_name="adjusted.png", mime="image/png")
